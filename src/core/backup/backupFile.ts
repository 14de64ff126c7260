// The backup file: its shape and format version, and reading one back (validated; older versions upgraded step by step).
export const BACKUP_FORMAT = 'tolk-backup';
export const BACKUP_VERSION = 1;

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
}

export type BackupProblem = 'not-json' | 'not-a-backup' | 'newer-version' | 'bad-content';
export type BackupRead = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem; detail?: string };

type Json = Record<string, unknown>;

/**
 * Upgrade steps: UPGRADES[n] turns a version-n file into version n+1. Append one whenever the format changes;
 * never edit or remove a step, since backups in every older version are out there.
 */
const UPGRADES: Readonly<Record<number, (old: Json) => Json>> = {};

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export function makeBackup(settings: Record<string, BackupSettingValue>, positions: readonly BackupPosition[], now: Date): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), settings: { ...settings }, positions: [...positions] };
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
  const { settings, positions, exportedAt } = data;
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
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: typeof exportedAt === 'string' ? exportedAt : '', settings: cleanSettings, positions: cleanPositions },
  };
}
