// The learner's imported articles in the store: save one, fix its alignment, delete it (with undo); each write all or nothing.
import type { ArticleMeta } from '../core/article/types';
import { alignmentProblem, toArticleVersions } from '../core/import/pairs';
import { pinsProblem, type PairPin } from '../core/import/pins';
import type { ImportedAlignment } from '../core/import/types';
import type { Lang } from '../core/lang';
import { hashString } from '../core/text/hash';
import type { TolkDB } from './db';
import type { ArticleSummary, ArticleText, ReadingPosition, StoredAlignment } from './types';

/** What the learner says about the article (or what was found in the text for them). */
export interface ImportDetails {
  titles: Record<Lang, string>;
  source: string;
  /** Publication date, YYYY-MM-DD, or empty when the learner gave none (the article then shows when it was imported). */
  date: string;
  original: Lang;
}

/** Everything stored for one imported article: what a delete takes away and an undo or a backup puts back. */
export interface ImportedRecord {
  summary: ArticleSummary;
  alignment: StoredAlignment;
  position?: ReadingPosition;
}

/** A URL-friendly id from the title, made unique with a random suffix (two imports may share a title). */
export function newImportedId(title: string, random: string = crypto.randomUUID()): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${slug || 'artikkel'}-${random.slice(0, 6)}`;
}

function metasOf(id: string, details: Pick<ImportDetails, 'titles' | 'source' | 'date' | 'original'>): Record<Lang, ArticleMeta> {
  const meta = (lang: Lang): ArticleMeta => ({ id, lang, title: details.titles[lang], source: details.source, date: details.date, original: details.original });
  return { nb: meta('nb'), en: meta('en') };
}

/** The summary and text an alignment gives; the hash covers everything shown, so a fix is a new revision. */
export function derive(id: string, details: ImportDetails, alignment: ImportedAlignment, addedAt: number): { summary: ArticleSummary; text: ArticleText } {
  const versions = toArticleVersions(alignment, metasOf(id, details));
  const summary: ArticleSummary = {
    id,
    origin: 'imported',
    hash: hashString(JSON.stringify([details, alignment])),
    titles: details.titles,
    source: details.source,
    date: details.date,
    original: details.original,
    words: { nb: versions.nb.words, en: versions.en.words },
    addedAt,
  };
  return { summary, text: { id, versions } };
}

function detailsOf(summary: ArticleSummary): ImportDetails {
  return { titles: summary.titles, source: summary.source, date: summary.date, original: summary.original };
}

/** Writes a record; `derived` is what derive() already gave for it (a book's text is long to derive twice). */
async function writeRecord(db: TolkDB, record: ImportedRecord, derived?: ReturnType<typeof derive>): Promise<void> {
  const problem = alignmentProblem(record.alignment.alignment) ?? pinsProblem(record.alignment.alignment, record.alignment.pins ?? []);
  if (problem) throw new Error(`Article ${record.summary.id}: ${problem}`);
  const { summary, text } = derived ?? derive(record.summary.id, detailsOf(record.summary), record.alignment.alignment, record.summary.addedAt ?? Date.now());
  await db.articles.put(summary);
  await db.articleTexts.put(text);
  await db.alignments.put(record.alignment);
  if (record.position) await db.positions.put(record.position);
}

/** Stores a new imported article: summary, text and alignment together or not at all. Returns its id. */
export async function saveImportedArticle(
  db: TolkDB,
  imported: { alignment: ImportedAlignment; confidence: number },
  details: ImportDetails,
  now = Date.now(),
): Promise<string> {
  const id = newImportedId(details.titles.en || details.titles.nb);
  const derived = derive(id, details, imported.alignment, now);
  await db.transaction('rw', [db.articles, db.articleTexts, db.alignments, db.positions], () =>
    writeRecord(db, { summary: derived.summary, alignment: { articleId: id, alignment: imported.alignment, confidence: imported.confidence } }, derived),
  );
  return id;
}

/** What became of a pairing fix: saved, or refused because the stored pairing is not the one the fix started from. */
export type AlignmentWrite = { ok: true } | { ok: false; problem: 'changed'; current: ImportedAlignment } | { ok: false; problem: 'gone' };

/**
 * Replaces an imported article's alignment (and pins) with the learner's fix, and its text with the one the fix gives,
 * if the stored alignment is still `startedFrom` (checked in the same transaction, so a fix made meanwhile in another
 * tab is never overwritten unseen).
 */
export async function saveAlignmentFix(db: TolkDB, id: string, alignment: ImportedAlignment, startedFrom: ImportedAlignment, pins: readonly PairPin[] = []): Promise<AlignmentWrite> {
  return db.transaction('rw', [db.articles, db.articleTexts, db.alignments, db.positions], async () => {
    const [summary, stored] = await Promise.all([db.articles.get(id), db.alignments.get(id)]);
    if (!summary || !stored || summary.origin !== 'imported') return { ok: false, problem: 'gone' };
    if (JSON.stringify(stored.alignment) !== JSON.stringify(startedFrom)) return { ok: false, problem: 'changed', current: stored.alignment };
    const { pins: _old, ...rest } = stored;
    // No pins means no field, so a record looks exactly as it did before pins existed.
    await writeRecord(db, { summary, alignment: pins.length > 0 ? { ...rest, alignment, pins: [...pins] } : { ...rest, alignment } });
    return { ok: true };
  });
}

/** Deletes an imported article and its reading position; returns what was removed, for undo. Shipped articles stay. */
export async function deleteImportedArticle(db: TolkDB, id: string): Promise<ImportedRecord | undefined> {
  return db.transaction('rw', [db.articles, db.articleTexts, db.alignments, db.positions], async () => {
    const [summary, alignment, position] = await Promise.all([db.articles.get(id), db.alignments.get(id), db.positions.get(id)]);
    if (!summary || summary.origin !== 'imported' || !alignment) return undefined;
    await Promise.all([db.articles.delete(id), db.articleTexts.delete(id), db.alignments.delete(id), db.positions.delete(id)]);
    return position ? { summary, alignment, position } : { summary, alignment };
  });
}

/** Puts records back (undo, restore from backup): each exactly as it was, id and dates included; all or none. */
export async function restoreImportedArticles(db: TolkDB, records: readonly ImportedRecord[]): Promise<void> {
  await db.transaction('rw', [db.articles, db.articleTexts, db.alignments, db.positions], async () => {
    for (const record of records) await writeRecord(db, record);
  });
}

/** Every imported article, for a backup. */
export async function importedRecords(db: TolkDB): Promise<ImportedRecord[]> {
  return db.transaction('r', [db.articles, db.alignments], async () => {
    const summaries = await db.articles.where('origin').equals('imported').toArray();
    const alignments = await db.alignments.bulkGet(summaries.map((s) => s.id));
    return summaries.flatMap((summary, i) => {
      const alignment = alignments[i];
      return alignment ? [{ summary, alignment }] : [];
    });
  });
}

/**
 * Removes what is stored for an imported article that no page can show (written by an older or buggy version, any part
 * missing or malformed); no undo, since there is nothing sound to put back. A shipped article is refused: a new build replaces it.
 */
export async function deleteDamagedArticle(db: TolkDB, id: string): Promise<void> {
  await db.transaction('rw', [db.articles, db.articleTexts, db.alignments, db.positions], async () => {
    const summary: unknown = await db.articles.get(id);
    if (typeof summary === 'object' && summary !== null && (summary as { origin?: unknown }).origin === 'shipped') throw new Error(`Article ${id} is shipped`);
    await Promise.all([db.articles.delete(id), db.articleTexts.delete(id), db.alignments.delete(id), db.positions.delete(id)]);
  });
}
