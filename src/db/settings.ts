// Reading and writing settings, one row a key; a missing row means "not chosen yet".
import type { TolkDB } from './db';
import type { SettingKey, SettingRow, Settings } from './types';

/** Reader text size, in percent of the base size. */
export const FONT_SIZE = { min: 80, max: 160, step: 10, default: 100 } as const;

/** Reading-aloud speed: a little slower than normal for Norwegian, which the learner is learning. */
export const SPEECH_RATE = { min: 0.5, max: 1.5, step: 0.1, nb: 0.9, en: 1 } as const;

export async function getSetting<K extends SettingKey>(db: TolkDB, key: K): Promise<Settings[K] | undefined> {
  const row = (await db.settings.get(key)) as SettingRow<K> | undefined;
  return row?.value;
}

export async function setSetting<K extends SettingKey>(db: TolkDB, key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value } as SettingRow);
}

export async function getAllSettings(db: TolkDB): Promise<Partial<Settings>> {
  const rows = await db.settings.toArray();
  return Object.fromEntries(rows.map((r) => [r.key, r.value])) as Partial<Settings>;
}
