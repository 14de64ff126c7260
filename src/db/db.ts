// The one Dexie database: opens every schema version in order, so any older database upgrades to the newest.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { PersonalTerm } from '../core/personal/personalTerm';
import type { ReviewCard, ReviewLogEntry } from '../core/review/card';
import { SCHEMA_VERSIONS } from './schema';
import type { ArticleSummary, ArticleText, ReadingPosition, SettingRow, StoredAlignment, StoredGlossaryEntry } from './types';
import type { SearchIndexRow } from './searchIndexRow';

export class TolkDB extends Dexie {
  articles!: EntityTable<ArticleSummary, 'id'>;
  articleTexts!: EntityTable<ArticleText, 'id'>;
  positions!: EntityTable<ReadingPosition, 'articleId'>;
  settings!: EntityTable<SettingRow, 'key'>;
  glossary!: EntityTable<StoredGlossaryEntry, 'id'>;
  personalTerms!: EntityTable<PersonalTerm, 'id'>;
  alignments!: EntityTable<StoredAlignment, 'articleId'>;
  searchIndex!: EntityTable<SearchIndexRow, 'key'>;
  cards!: EntityTable<ReviewCard, 'id'>;
  /** Auto-numbered (`++seq`): a plain Table, since EntityTable's insert type does not distribute over the entry union. */
  reviewLog!: Table<ReviewLogEntry, number>;

  constructor(name = 'tolk') {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

/** The app's database; tests make their own with `new TolkDB(uniqueName)`. */
export const db = new TolkDB();
