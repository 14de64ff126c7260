// Every version of the database schema, oldest first. Append only: never edit, reorder or remove a version that has shipped.
export interface SchemaVersion {
  version: number;
  /** Dexie store declarations: primary key first, then indexes. */
  stores: Record<string, string | null>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      articles: 'id, origin, date',
      articleTexts: 'id',
      positions: 'articleId',
      settings: 'key',
    },
  },
  {
    // The glossary: editorial entries (shipped) now, the learner's own later; new table, nothing to convert.
    version: 2,
    stores: {
      glossary: 'id, owner',
    },
  },
  {
    // The learner's own terms: listed newest first, and filtered by the article they came from.
    version: 3,
    stores: {
      personalTerms: 'id, createdAt, context.articleId',
    },
  },
  {
    // Imported articles: their summaries and texts go in the existing tables (origin 'imported'); the editable
    // alignment they derive from gets its own table, and the full-text search index is kept as a derived cache.
    version: 4,
    stores: {
      alignments: 'articleId',
      searchIndex: 'key',
    },
  },
];
