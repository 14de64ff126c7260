// Every version of the database schema, oldest first. Append only: never edit, reorder or remove a version that has shipped.
import type { Transaction } from 'dexie';
import { cardsForTerms } from '../core/review/card';
export interface SchemaVersion {
  version: number;
  /** Dexie store declarations: primary key first, then indexes. */
  stores: Record<string, string | null>;
  /** Fills new tables from what is stored (runs once, inside the version change); a thin wrapper round a pure, tested function. */
  upgrade?: (tx: Transaction) => Promise<void>;
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
  {
    // Review: each personal term's two cards (recognition and recall), counted and picked by direction, queue and due
    // time; and the append-only review log. Version 5 belongs to another change (gaps are fine).
    version: 6,
    stores: {
      cards: 'id, termId, [direction+queue+due]',
      reviewLog: '++seq, at, cardId',
    },
    upgrade: async (tx) => {
      const terms = await tx.table<{ id: string; createdAt: number }>('personalTerms').toArray();
      await tx.table('cards').bulkPut(cardsForTerms(terms));
    },
  },
  {
    // Today's allowance from index counts, not from reading today's log lines: grades that introduced a new card (the
    // card's state before the grade) and grades and undo lines by time. IndexedDB builds both from the lines already stored.
    version: 7,
    stores: {
      reviewLog: '++seq, at, cardId, [before.state+at], [kind+at]',
    },
  },
];
