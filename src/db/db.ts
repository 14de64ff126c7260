// The one Dexie database: opens every schema version in order, so any older database upgrades to the newest.
import Dexie, { type EntityTable } from 'dexie';
import type { PersonalTerm } from '../core/personal/personalTerm';
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

  constructor(name = 'tolk') {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
  }
}

/** The app's database; tests make their own with `new TolkDB(uniqueName)`. */
export const db = new TolkDB();
