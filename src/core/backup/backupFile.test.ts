import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, makeBackup, readBackup } from './backupFile';

describe('backup files', () => {
  it('read back what was written', () => {
    const terms = [
      { id: 't1', terms: { nb: 'tankesmie', en: 'think tank' }, note: 'ISW «er» en, "quoted"', createdAt: 1, updatedAt: 2, context: { articleId: 'a', block: 3, seg: 0, nb: 'Tankesmien …', en: 'The think tank …' } },
      { id: 't2', terms: { nb: 'øl 🍺', en: '' }, note: '', createdAt: 3, updatedAt: 3 },
    ];
    const backup = makeBackup({ uiLanguage: 'nb', fontSize: 120, swapped: true }, [{ articleId: 'a', block: 4, updatedAt: 1700 }], terms, new Date('2026-11-23T12:00:00Z'));
    expect(readBackup(JSON.stringify(backup))).toEqual({ ok: true, backup });
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(backup.exportedAt).toBe('2026-11-23T12:00:00.000Z');
  });

  it.each([
    ['text that is not JSON', 'hello', 'not-json'],
    ['JSON that is not a backup', '{"terms": []}', 'not-a-backup'],
    ['another format', '{"format": "tolk-glossary", "version": 1}', 'not-a-backup'],
    ['a newer version', '{"format": "tolk-backup", "version": 99, "settings": {}, "positions": []}', 'newer-version'],
    ['positions that are not a list', '{"format": "tolk-backup", "version": 2, "settings": {}, "positions": {}, "personalTerms": []}', 'bad-content'],
    ['a position without its article', '{"format": "tolk-backup", "version": 1, "settings": {}, "positions": [{"block": 1, "updatedAt": 1}]}', 'bad-content'],
    ['a setting that is an object', '{"format": "tolk-backup", "version": 1, "settings": {"theme": {}}, "positions": []}', 'bad-content'],
  ])('rejects %s', (_, text, problem) => {
    const read = readBackup(text);
    expect(read.ok ? undefined : read.problem).toBe(problem);
  });

  it('accepts a byte-order mark in front', () => {
    expect(readBackup(`\uFEFF${JSON.stringify(makeBackup({}, [], [], new Date(0)))}`).ok).toBe(true);
  });

  it('reads a format-1 backup (from before personal terms) as the current format', () => {
    const v1 = '{"format":"tolk-backup","version":1,"exportedAt":"2026-11-01T00:00:00.000Z","settings":{"swapped":true},"positions":[{"articleId":"a","block":2,"updatedAt":5}]}';
    expect(readBackup(v1)).toEqual({
      ok: true,
      backup: { format: 'tolk-backup', version: BACKUP_VERSION, exportedAt: '2026-11-01T00:00:00.000Z', settings: { swapped: true }, positions: [{ articleId: 'a', block: 2, updatedAt: 5 }], personalTerms: [] },
    });
  });

  it('rejects a personal term without its terms', () => {
    const text = '{"format":"tolk-backup","version":2,"settings":{},"positions":[],"personalTerms":[{"id":"x","note":"","createdAt":1,"updatedAt":1}]}';
    expect(readBackup(text)).toEqual({ ok: false, problem: 'bad-content', detail: 'personalTerms[0]' });
  });
});
