// The backup file: its shape and format version, and reading one back (validated; older versions upgraded step by step).
import type { ArticleSummary } from '../article/types';
import { alignmentProblem } from '../import/pairs';
import { pinsProblem, type PairPin } from '../import/pins';
import type { CleanBlock, ImportedAlignment, PairLink } from '../import/types';
import { isLang, type Lang } from '../lang';
import type { PersonalTerm } from '../personal/personalTerm';
import type { ReviewCard, ReviewLogEntry } from '../review/card';
import { reviewCardOf, reviewLogEntryOf } from './reviewData';
import { articleSummaryProblem, personalTermProblem, timeProblem, toPersonalTerm } from '../records/rules';

export const BACKUP_FORMAT = 'tolk-backup';
/**
 * 1: settings and reading positions. 2: also the learner's own glossary terms. 3: also the learner's imported articles.
 * 4: also the review cards and the review log.
 */
export const BACKUP_VERSION = 4;

export interface BackupPosition {
  articleId: string;
  block: number;
  updatedAt: number;
}

export type BackupSettingValue = string | number | boolean;

/** An imported article's editable alignment, from which its text is derived again on restore (the text is not in the file). */
export interface BackupAlignment {
  articleId: string;
  alignment: ImportedAlignment;
  confidence: number;
  /** Pairs the learner pinned (optional, so files written before pins existed read as they are). */
  pins?: PairPin[];
}

/** An imported article in a backup: a backup never holds shipped ones (readBackup refuses any other origin). */
export interface BackupImportedArticle {
  summary: ArticleSummary;
  alignment: BackupAlignment;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  settings: Record<string, BackupSettingValue>;
  positions: BackupPosition[];
  personalTerms: PersonalTerm[];
  /** Their reading positions are in `positions`, like those of shipped articles. */
  importedArticles: BackupImportedArticle[];
  cards: ReviewCard[];
  /** Append-only; each line keeps its number, which undo lines refer to. */
  reviewLog: ReviewLogEntry[];
}

export type BackupProblem = 'not-json' | 'not-a-backup' | 'newer-version' | 'bad-content';
/** `detail` names the record and field for bad-content ("personalTerms[3].createdAt"), `reason` what is wrong with it (a FieldProblem). */
export type BackupRead = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem; detail?: string; reason?: string };

type Json = Record<string, unknown>;

/**
 * Upgrade steps: UPGRADES[n] turns a version-n file into version n+1. Append one whenever the format changes;
 * never edit or remove a step, since backups in every older version are out there.
 */
const UPGRADES: Readonly<Record<number, (old: Json) => Json>> = {
  // Format 1 predates personal terms: it had none.
  1: (old) => ({ ...old, version: 2, personalTerms: [] }),
  // Format 2 predates imported articles: it had none.
  2: (old) => ({ ...old, version: 3, importedArticles: [] }),
  // Format 3 predates review: no cards (restoring makes new ones for the terms) and no log.
  3: (old) => ({ ...old, version: 4, cards: [], reviewLog: [] }),
};

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export function makeBackup(
  settings: Record<string, BackupSettingValue>,
  positions: readonly BackupPosition[],
  personalTerms: readonly PersonalTerm[],
  importedArticles: readonly BackupImportedArticle[],
  now: Date,
  review: { cards: readonly ReviewCard[]; reviewLog: readonly ReviewLogEntry[] } = { cards: [], reviewLog: [] },
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: { ...settings },
    positions: [...positions],
    personalTerms: [...personalTerms],
    importedArticles: [...importedArticles],
    cards: [...review.cards],
    reviewLog: [...review.reviewLog],
  };
}

export function readBackup(text: string): BackupRead {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT || !Number.isInteger(data.version) || (data.version as number) < 1) {
    return { ok: false, problem: 'not-a-backup' };
  }
  let version = data.version as number;
  if (version > BACKUP_VERSION) return { ok: false, problem: 'newer-version', detail: String(version) };
  let current: Json = data;
  for (; version < BACKUP_VERSION; version++) {
    const step = UPGRADES[version];
    if (!step) return { ok: false, problem: 'not-a-backup' };
    current = step(current);
  }
  return validate(current);
}

function validate(data: Json): BackupRead {
  const { settings, positions, exportedAt, personalTerms, importedArticles, cards, reviewLog } = data;
  const cleanCards = listOf(cards, reviewCardOf);
  if (!cleanCards.ok) return { ok: false, problem: 'bad-content', detail: `cards${cleanCards.at}` };
  const cleanLog = listOf(reviewLog, reviewLogEntryOf);
  if (!cleanLog.ok) return { ok: false, problem: 'bad-content', detail: `reviewLog${cleanLog.at}` };
  if (!Array.isArray(importedArticles)) return { ok: false, problem: 'bad-content', detail: 'importedArticles' };
  const cleanArticles: BackupImportedArticle[] = [];
  for (const [i, article] of importedArticles.entries()) {
    const summaryProblem = isRecord(article) ? articleSummaryProblem(article.summary) : undefined;
    if (summaryProblem) {
      return { ok: false, problem: 'bad-content', detail: `importedArticles[${i}] (${articleName(article)}).summary.${summaryProblem.field}`, reason: summaryProblem.problem };
    }
    const clean = importedArticleOf(article);
    if (!clean) return { ok: false, problem: 'bad-content', detail: `importedArticles[${i}] (${articleName(article)})` };
    cleanArticles.push(clean);
  }
  if (!Array.isArray(personalTerms)) return { ok: false, problem: 'bad-content', detail: 'personalTerms' };
  const cleanTerms: PersonalTerm[] = [];
  for (const [i, term] of personalTerms.entries()) {
    // The rules the term forms and the JSON import use: a backup cannot bring in what they refuse.
    const problem = personalTermProblem(term);
    if (problem || !isRecord(term)) return { ok: false, problem: 'bad-content', detail: `personalTerms[${i}].${problem?.field ?? 'term'}`, reason: problem?.problem ?? 'wrong-type' };
    cleanTerms.push(toPersonalTerm(term));
  }
  if (!isRecord(settings)) return { ok: false, problem: 'bad-content', detail: 'settings' };
  if (!Array.isArray(positions)) return { ok: false, problem: 'bad-content', detail: 'positions' };
  const cleanSettings: Record<string, BackupSettingValue> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      return { ok: false, problem: 'bad-content', detail: `settings.${key}` };
    }
    cleanSettings[key] = value;
  }
  const cleanPositions: BackupPosition[] = [];
  for (const [i, position] of positions.entries()) {
    if (!isRecord(position) || typeof position.articleId !== 'string' || !Number.isInteger(position.block) || timeProblem(position.updatedAt) !== undefined) {
      return { ok: false, problem: 'bad-content', detail: `positions[${i}]` };
    }
    cleanPositions.push({ articleId: position.articleId, block: position.block as number, updatedAt: position.updatedAt as number });
  }
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: typeof exportedAt === 'string' ? exportedAt : '',
      settings: cleanSettings,
      positions: cleanPositions,
      personalTerms: cleanTerms,
      importedArticles: cleanArticles,
      cards: cleanCards.items,
      reviewLog: cleanLog.items,
    },
  };
}

/** Every item checked; `at` names the first bad one ("[3]", or "" when the list itself is missing). */
function listOf<T>(value: unknown, check: (item: unknown) => T | undefined): { ok: true; items: T[] } | { ok: false; at: string } {
  if (!Array.isArray(value)) return { ok: false, at: '' };
  const items: T[] = [];
  for (const [i, item] of value.entries()) {
    const clean = check(item);
    if (clean === undefined) return { ok: false, at: `[${i}]` };
    items.push(clean);
  }
  return { ok: true, items };
}

const isString = (value: unknown): value is string => typeof value === 'string';

const LINK_BLOCKS: Readonly<Record<CleanBlock['kind'], true>> = { paragraph: true, heading: true, subheading: true, quote: true, list: true, caption: true };
const isLinkBlock = (value: unknown): value is CleanBlock['kind'] => isString(value) && Object.hasOwn(LINK_BLOCKS, value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isLangRecord = <T>(value: unknown, each: (v: unknown) => v is T): value is Record<Lang, T> => isRecord(value) && each(value.nb) && each(value.en);

/** Which article a bad entry is, for the learner: its id, or its title when the id is missing too. */
function articleName(value: unknown): string {
  const summary = isRecord(value) && isRecord(value.summary) ? value.summary : undefined;
  if (isString(summary?.id) && summary.id) return summary.id;
  const titles = summary?.titles;
  if (isRecord(titles)) return [titles.en, titles.nb].find((t): t is string => isString(t) && t !== '') ?? '?';
  return '?';
}

function alignmentOf(value: unknown): ImportedAlignment | undefined {
  if (!isRecord(value) || !isLangRecord(value.sentences, isStringList) || !Array.isArray(value.links)) return undefined;
  const links: PairLink[] = [];
  for (const link of value.links as unknown[]) {
    if (!isRecord(link) || !isCount(link.nb) || !isCount(link.en)) return undefined;
    if (link.block !== undefined && !isLinkBlock(link.block)) return undefined;
    links.push(link.block === undefined ? { nb: link.nb, en: link.en } : { nb: link.nb, en: link.en, block: link.block });
  }
  const alignment: ImportedAlignment = { sentences: { nb: [...value.sentences.nb], en: [...value.sentences.en] }, links };
  // The counts must cover the sentences exactly, or the derived text would lose or invent some.
  return alignmentProblem(alignment) === null ? alignment : undefined;
}

function importedArticleOf(value: unknown): BackupImportedArticle | undefined {
  if (!isRecord(value) || !isRecord(value.summary) || !isRecord(value.alignment)) return undefined;
  const { id, origin, hash, titles, source, date, original, words, addedAt } = value.summary;
  if (!isString(id) || id === '' || origin !== 'imported' || !isString(hash) || !isLangRecord(titles, isString) || !isString(source) || !isString(date)) return undefined;
  if (!isLang(original) || !isLangRecord(words, isCount) || (addedAt !== undefined && !isCount(addedAt))) return undefined;
  const { articleId, confidence } = value.alignment;
  const alignment = alignmentOf(value.alignment.alignment);
  if (articleId !== id || !isCount(confidence) || !alignment) return undefined;
  const summary: ArticleSummary = { id, origin, hash, titles: { nb: titles.nb, en: titles.en }, source, date, original, words: { nb: words.nb, en: words.en } };
  if (addedAt !== undefined) summary.addedAt = addedAt;
  const stored: BackupAlignment = { articleId: id, alignment, confidence };
  if (value.alignment.pins !== undefined) {
    const pins = pinsOf(value.alignment.pins, alignment);
    if (!pins) return undefined;
    stored.pins = pins;
  }
  return { summary, alignment: stored };
}

const isSpan = (value: unknown): value is { start: number; count: number } =>
  isRecord(value) && Number.isInteger(value.start) && Number.isInteger(value.count);

/** The pins of a backed-up alignment, each naming one of its links; undefined if any does not. */
function pinsOf(value: unknown, alignment: ImportedAlignment): PairPin[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const pins: PairPin[] = [];
  for (const pin of value as unknown[]) {
    if (!isLangRecord(pin, isSpan)) return undefined;
    pins.push({ nb: { start: pin.nb.start, count: pin.nb.count }, en: { start: pin.en.start, count: pin.en.count } });
  }
  return pinsProblem(alignment, pins) === null ? pins : undefined;
}
