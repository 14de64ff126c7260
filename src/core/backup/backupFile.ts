// The backup file: its shape and format version, and reading one back (validated; older versions upgraded step by step).
import type { PersonalTerm, PersonalTermContext } from '../personal/personalTerm';

export const BACKUP_FORMAT = 'tolk-backup';
/** 1: settings and reading positions. 2: also the learner's own glossary terms. */
export const BACKUP_VERSION = 2;

export interface BackupPosition {
  articleId: string;
  block: number;
  updatedAt: number;
}

export type BackupSettingValue = string | number | boolean;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  settings: Record<string, BackupSettingValue>;
  positions: BackupPosition[];
  personalTerms: PersonalTerm[];
}

export type BackupProblem = 'not-json' | 'not-a-backup' | 'newer-version' | 'bad-content';
export type BackupRead = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem; detail?: string };

type Json = Record<string, unknown>;

/**
 * Upgrade steps: UPGRADES[n] turns a version-n file into version n+1. Append one whenever the format changes;
 * never edit or remove a step, since backups in every older version are out there.
 */
const UPGRADES: Readonly<Record<number, (old: Json) => Json>> = {
  // Format 1 predates personal terms: it had none.
  1: (old) => ({ ...old, version: 2, personalTerms: [] }),
};

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export function makeBackup(
  settings: Record<string, BackupSettingValue>,
  positions: readonly BackupPosition[],
  personalTerms: readonly PersonalTerm[],
  now: Date,
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: { ...settings },
    positions: [...positions],
    personalTerms: [...personalTerms],
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
  const { settings, positions, exportedAt, personalTerms } = data;
  if (!Array.isArray(personalTerms)) return { ok: false, problem: 'bad-content', detail: 'personalTerms' };
  const cleanTerms: PersonalTerm[] = [];
  for (const [i, term] of personalTerms.entries()) {
    const clean = personalTermOf(term);
    if (!clean) return { ok: false, problem: 'bad-content', detail: `personalTerms[${i}]` };
    cleanTerms.push(clean);
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
    if (!isRecord(position) || typeof position.articleId !== 'string' || !Number.isInteger(position.block) || typeof position.updatedAt !== 'number') {
      return { ok: false, problem: 'bad-content', detail: `positions[${i}]` };
    }
    cleanPositions.push({ articleId: position.articleId, block: position.block as number, updatedAt: position.updatedAt });
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
    },
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';

function personalTermOf(value: unknown): PersonalTerm | undefined {
  if (!isRecord(value) || !isRecord(value.terms)) return undefined;
  const { id, terms, note, createdAt, updatedAt, context } = value;
  if (!isString(id) || !isString(terms.nb) || !isString(terms.en) || !isString(note) || typeof createdAt !== 'number' || typeof updatedAt !== 'number') {
    return undefined;
  }
  const term: PersonalTerm = { id, terms: { nb: terms.nb, en: terms.en }, note, createdAt, updatedAt };
  if (context !== undefined) {
    if (!isRecord(context) || !isString(context.articleId) || !Number.isInteger(context.block) || !Number.isInteger(context.seg) || !isString(context.nb) || !isString(context.en)) {
      return undefined;
    }
    term.context = { articleId: context.articleId, block: context.block, seg: context.seg, nb: context.nb, en: context.en } as PersonalTermContext;
  }
  return term;
}
