// Backup and restore of the user's own data (settings, reading positions, personal terms, imported articles, review cards and log): collect it, preview a file, write it all or nothing.
import { isLang } from '../core/lang';
import { makeBackup, type Backup, type BackupSettingValue } from '../core/backup/backupFile';
import { snowballStemmers } from '../core/glossary/snowballStemmers';
import { DuplicateIndex } from '../core/personal/folding';
import type { PersonalTerm } from '../core/personal/personalTerm';
import type { TolkDB } from './db';
import { importedRecords, restoreImportedArticles, type ImportedRecord } from './importedArticles';
import { FONT_SIZE } from './settings';
import type { SettingKey, SettingRow } from './types';
import { RETENTION } from '../core/review/session';
import { cardsForTerms, type ReviewLogEntry } from '../core/review/card';

/** The settings a backup carries, and what a valid value is; internal keys (shippedVersion) stay out. */
const RESTORABLE: Partial<Record<SettingKey, (value: BackupSettingValue) => boolean>> = {
  uiLanguage: isLang,
  theme: (v) => v === 'system' || v === 'light' || v === 'dark',
  fontSize: (v) => typeof v === 'number' && v >= FONT_SIZE.min && v <= FONT_SIZE.max,
  swapped: (v) => typeof v === 'boolean',
  glossaryOn: (v) => typeof v === 'boolean',
  editorialMarksOn: (v) => typeof v === 'boolean',
  personalMarksOn: (v) => typeof v === 'boolean',
  nameMarksOn: (v) => typeof v === 'boolean',
  reviewRetention: (v) => typeof v === 'number' && v >= RETENTION.min && v <= RETENTION.max,
  reviewNewPerDay: (v) => Number.isInteger(v) && (v as number) >= 0,
  reviewMaxPerDay: (v) => Number.isInteger(v) && (v as number) >= 0,
  reviewRecognition: (v) => typeof v === 'boolean',
  reviewRecall: (v) => typeof v === 'boolean',
  hideKnownMarks: (v) => typeof v === 'boolean',
};

export async function exportBackup(db: TolkDB, now = new Date()): Promise<Backup> {
  return db.transaction('r', [db.settings, db.positions, db.personalTerms, db.articles, db.alignments, db.cards, db.reviewLog], async () => {
    const rows = await db.settings.toArray();
    const settings = Object.fromEntries(rows.filter((r) => r.key in RESTORABLE).map((r) => [r.key, r.value as BackupSettingValue]));
    // Shipped articles come with the app and stay out; an imported article's text is derived again on restore,
    // and its position is already among the positions.
    const imported = (await importedRecords(db)).map(({ summary, alignment }) => ({ summary, alignment }));
    const review = { cards: await db.cards.toArray(), reviewLog: await db.reviewLog.toArray() };
    return makeBackup(settings, await db.positions.toArray(), await db.personalTerms.toArray(), imported, now, review);
  });
}

export interface RestorePlan {
  settings: { key: SettingKey; value: BackupSettingValue }[];
  positions: Backup['positions'];
  personalTerms: Backup['personalTerms'];
  /** The learner's imported articles, without their text (restoring derives it) or position (that is in `positions`). */
  importedArticles: ImportedRecord[];
  cards: Backup['cards'];
  reviewLog: Backup['reviewLog'];
  /** Settings in the file that this version does not know or whose value is not valid: left out. */
  skipped: string[];
  /** Terms left out because they fold like an earlier term of the file or a stored term with another id (folding.ts). */
  duplicateTerms?: PersonalTerm[];
  /** Imported articles left out because a shipped article has their id (checkRestore finds them). */
  shippedClashes?: string[];
}

export function planRestore(backup: Backup): RestorePlan {
  const settings: RestorePlan['settings'] = [];
  const skipped: string[] = [];
  for (const [key, value] of Object.entries(backup.settings)) {
    const valid = RESTORABLE[key as SettingKey];
    if (valid?.(value)) settings.push({ key: key as SettingKey, value });
    else skipped.push(key);
  }
  // Duplicates are folded as the term forms and the glossary import fold them: the first of the file is kept.
  const { kept, duplicates } = foldDuplicates(backup.personalTerms, []);
  // The backup's summary type has the fields of the store's, so an entry is a record as it stands.
  return { settings, positions: backup.positions, personalTerms: kept, importedArticles: backup.importedArticles, cards: backup.cards, reviewLog: backup.reviewLog, skipped, duplicateTerms: duplicates };
}

function foldDuplicates(terms: readonly PersonalTerm[], stored: readonly PersonalTerm[]): { kept: PersonalTerm[]; duplicates: PersonalTerm[] } {
  const index = new DuplicateIndex<PersonalTerm>(snowballStemmers);
  const ids = new Set(terms.map((term) => term.id));
  // A stored term the backup replaces (same id) is not a duplicate of its new version.
  for (const term of stored) if (!ids.has(term.id)) index.add(term.terms, term);
  const kept: PersonalTerm[] = [];
  const duplicates: PersonalTerm[] = [];
  for (const term of terms) {
    if (index.find(term.terms) !== undefined) duplicates.push(term);
    else {
      index.add(term.terms, term);
      kept.push(term);
    }
  }
  return { kept, duplicates };
}

/** The plan with what the store already holds taken into account: articles clashing with a shipped id and terms the learner already has are left out and listed. */
export async function checkRestore(db: TolkDB, plan: RestorePlan): Promise<RestorePlan> {
  return db.transaction('r', [db.articles, db.personalTerms], async () => {
    const existing = await db.articles.bulkGet(plan.importedArticles.map((record) => record.summary.id));
    const shippedClashes = plan.importedArticles.filter((_, i) => existing[i]?.origin === 'shipped').map((record) => record.summary.id);
    const { kept, duplicates } = foldDuplicates(plan.personalTerms, await db.personalTerms.toArray());
    return {
      ...plan,
      importedArticles: plan.importedArticles.filter((record) => !shippedClashes.includes(record.summary.id)),
      personalTerms: kept,
      duplicateTerms: [...(plan.duplicateTerms ?? []), ...duplicates],
      shippedClashes,
    };
  });
}

/** One transaction: either every setting, position, term and imported article in the plan is written, or nothing is. */
export async function restoreBackup(db: TolkDB, plan: RestorePlan): Promise<void> {
  await db.transaction('rw', [db.settings, db.positions, db.personalTerms, db.articles, db.articleTexts, db.alignments, db.cards, db.reviewLog], async () => {
    // A restore never touches a shipped article, even if an edited file gives an imported one the same id.
    const existing = await db.articles.bulkGet(plan.importedArticles.map((record) => record.summary.id));
    const imported = plan.importedArticles.filter((_, i) => existing[i]?.origin !== 'shipped');
    // Same id, same article: it replaces the one stored, with its text derived again (and checked) from the alignment.
    await restoreImportedArticles(db, imported);
    // planRestore checked each value against its key's validator, so the row has the key's type.
    await db.settings.bulkPut(plan.settings.map(({ key, value }) => ({ key, value }) as SettingRow));
    await db.positions.bulkPut(plan.positions);
    // The same id is the same term: a restore replaces it with the backed-up version.
    await db.personalTerms.bulkPut(plan.personalTerms);
    // A term's cards as backed up; a term the file has no cards for (an older format) gets new ones, unless it has some here.
    await db.cards.bulkPut(plan.cards);
    const carded = new Set([...plan.cards.map((card) => card.termId), ...(await db.cards.orderBy('termId').uniqueKeys()).map(String)]);
    await db.cards.bulkAdd(cardsForTerms(plan.personalTerms.filter((term) => !carded.has(term.id))));
    await appendLog(db, plan.reviewLog);
  });
}

/**
 * The file's log lines not already here (same card, time and kind) are appended with new numbers, and undo lines are
 * pointed at their grade's new number: restoring the same file twice adds nothing, and no line here is overwritten.
 */
async function appendLog(db: TolkDB, lines: readonly ReviewLogEntry[]): Promise<void> {
  const key = (line: ReviewLogEntry) => `${line.cardId}|${line.at}|${line.kind}`;
  const here = new Map<string, number>();
  await db.reviewLog.each((line) => here.set(key(line), line.seq ?? -1));
  const renumbered = new Map<number, number>();
  for (const line of lines) {
    const { seq: oldSeq, ...rest } = line;
    const existing = here.get(key(line));
    let seq = existing;
    if (seq === undefined) {
      const copy = rest.kind === 'undo' ? { ...rest, undoes: renumbered.get(rest.undoes) ?? rest.undoes } : rest;
      seq = await db.reviewLog.add(copy);
    }
    if (oldSeq !== undefined) renumbered.set(oldSeq, seq);
  }
}
