import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, makeBackup, readBackup, type BackupImportedArticle } from './backupFile';

const imported: BackupImportedArticle = {
  summary: {
    id: 'my-article-1a2b3c',
    origin: 'imported',
    hash: 'h1',
    titles: { nb: 'Min «artikkel»', en: 'My "article"' },
    source: 'NRK',
    date: '2024-03-22',
    original: 'nb',
    words: { nb: 9, en: 8 },
    addedAt: 1000,
  },
  alignment: {
    articleId: 'my-article-1a2b3c',
    alignment: {
      sentences: { nb: ['Hei på deg.', 'Dette er en test 🍺.'], en: ['Hello there.', 'This is a test.'] },
      links: [{ nb: 1, en: 1, block: 'heading' }, { nb: 1, en: 0, block: 'paragraph' }, { nb: 0, en: 1 }],
    },
    confidence: 0.9,
  },
};

/** A current-format file holding the given imported-article entries (as they would stand in the JSON). */
const withArticles = (...entries: unknown[]) => JSON.stringify({ ...makeBackup({}, [], [], [], new Date(0)), importedArticles: entries });

describe('backup files', () => {
  it('read back what was written', () => {
    const terms = [
      { id: 't1', terms: { nb: 'tankesmie', en: 'think tank' }, note: 'ISW «er» en, "quoted"', createdAt: 1, updatedAt: 2, context: { articleId: 'a', block: 3, seg: 0, nb: 'Tankesmien …', en: 'The think tank …' } },
      { id: 't2', terms: { nb: 'øl 🍺', en: '' }, note: '', createdAt: 3, updatedAt: 3 },
    ];
    const backup = makeBackup({ uiLanguage: 'nb', fontSize: 120, swapped: true }, [{ articleId: 'a', block: 4, updatedAt: 1700 }], terms, [], new Date('2026-11-23T12:00:00Z'));
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
    expect(readBackup(`\uFEFF${JSON.stringify(makeBackup({}, [], [], [], new Date(0)))}`).ok).toBe(true);
  });

  it('reads a format-1 backup (from before personal terms) as the current format', () => {
    const v1 = '{"format":"tolk-backup","version":1,"exportedAt":"2026-11-01T00:00:00.000Z","settings":{"swapped":true},"positions":[{"articleId":"a","block":2,"updatedAt":5}]}';
    expect(readBackup(v1)).toEqual({
      ok: true,
      backup: { format: 'tolk-backup', version: BACKUP_VERSION, exportedAt: '2026-11-01T00:00:00.000Z', settings: { swapped: true }, positions: [{ articleId: 'a', block: 2, updatedAt: 5 }], personalTerms: [], importedArticles: [], cards: [], reviewLog: [] },
    });
  });

  it('reads a format-2 backup (from before imported articles) as the current format, with no articles', () => {
    const v2 = '{"format":"tolk-backup","version":2,"exportedAt":"2026-11-01T00:00:00.000Z","settings":{},"positions":[{"articleId":"a","block":2,"updatedAt":5}],"personalTerms":[]}';
    const read = readBackup(v2);
    expect(read).toEqual({
      ok: true,
      backup: { format: 'tolk-backup', version: BACKUP_VERSION, exportedAt: '2026-11-01T00:00:00.000Z', settings: {}, positions: [{ articleId: 'a', block: 2, updatedAt: 5 }], personalTerms: [], importedArticles: [], cards: [], reviewLog: [] },
    });
  });

  it('keeps an imported article through a round trip, its reading position with the others', () => {
    const backup = makeBackup({}, [{ articleId: imported.summary.id, block: 1, updatedAt: 7 }], [], [imported], new Date(0));
    expect(readBackup(JSON.stringify(backup, null, 2))).toEqual({ ok: true, backup });
  });

  it('keeps an imported article that has no addedAt, and drops fields it does not know', () => {
    const { addedAt: _, ...summary } = imported.summary;
    const read = readBackup(withArticles({ summary: { ...summary, extra: 1 }, alignment: { ...imported.alignment, extra: 2 } }));
    expect(read).toMatchObject({ ok: true, backup: { importedArticles: [{ summary, alignment: imported.alignment }] } });
    expect(read.ok && Object.keys(read.backup.importedArticles[0]?.summary ?? {})).not.toContain('extra');
  });

  it('refuses an imported article whose alignment does not cover its sentences, and says which one', () => {
    const broken = { ...imported.alignment, alignment: { ...imported.alignment.alignment, links: [{ nb: 1, en: 1, block: 'paragraph' }] } };
    expect(readBackup(withArticles(imported, { ...imported, alignment: broken }))).toEqual({ ok: false, problem: 'bad-content', detail: 'importedArticles[1] (my-article-1a2b3c)' });
  });

  it.each([
    ['a shipped article', { ...imported, summary: { ...imported.summary, origin: 'shipped' } }],
    ['an alignment for another article', { ...imported, alignment: { ...imported.alignment, articleId: 'other' } }],
    ['a link of an unknown block kind', { ...imported, alignment: { ...imported.alignment, alignment: { ...imported.alignment.alignment, links: [{ nb: 2, en: 2, block: 'box-title' }] } } }],
    ['sentences that are not text', { ...imported, alignment: { ...imported.alignment, alignment: { ...imported.alignment.alignment, sentences: { nb: [1, 2], en: ['a', 'b'] } } } }],
    ['an alignment without its confidence', { ...imported, alignment: { ...imported.alignment, confidence: '0.9' } }],
  ])('refuses %s among the imported articles', (_, entry) => {
    expect(readBackup(withArticles(entry))).toEqual({ ok: false, problem: 'bad-content', detail: 'importedArticles[0] (my-article-1a2b3c)' });
  });

  it.each([
    ['a summary without words', { words: undefined }, 'words', 'wrong-type'],
    ['a date that is not a date', { date: 'not a date' }, 'date', 'not-a-date'],
    ['a date past 2200', { date: '99999-01-01' }, 'date', 'not-a-date'],
    ['a 10,000-character title', { titles: { nb: 'a'.repeat(10_000), en: 'b' } }, 'titles.nb', 'too-long'],
    ['a title with a right-to-left override', { titles: { nb: 'Tittel \u202Eexe.txt', en: 'b' } }, 'titles.nb', 'control-characters'],
    ['an addedAt of 1e300', { addedAt: 1e300 }, 'addedAt', 'out-of-range'],
  ])('refuses %s, naming the article, the field and what is wrong', (_, change, field, reason) => {
    expect(readBackup(withArticles({ ...imported, summary: { ...imported.summary, ...change } }))).toEqual({
      ok: false,
      problem: 'bad-content',
      detail: `importedArticles[0] (my-article-1a2b3c).summary.${field}`,
      reason,
    });
  });

  it('names a bad imported article by its title when it has no id', () => {
    const { id: _, ...summary } = imported.summary;
    expect(readBackup(withArticles({ ...imported, summary }))).toEqual({ ok: false, problem: 'bad-content', detail: 'importedArticles[0] (My "article").summary.id', reason: 'wrong-type' });
    expect(readBackup(withArticles('junk'))).toEqual({ ok: false, problem: 'bad-content', detail: 'importedArticles[0] (?)' });
  });

  it('keeps the pins of an imported alignment, and reads an alignment without pins (written before pins existed) as it is', () => {
    const pinned: BackupImportedArticle = { ...imported, alignment: { ...imported.alignment, pins: [{ nb: { start: 1, count: 1 }, en: { start: 1, count: 0 } }] } };
    const read = readBackup(JSON.stringify(makeBackup({}, [], [], [pinned], new Date(0))));
    expect(read).toMatchObject({ ok: true, backup: { importedArticles: [pinned] } });
    const old = readBackup(withArticles(imported));
    expect(old.ok && old.backup.importedArticles[0]?.alignment).toEqual(imported.alignment);
    expect(old.ok && Object.keys(old.backup.importedArticles[0]?.alignment ?? {})).not.toContain('pins');
  });

  it('refuses pins that are malformed or name no pair of the alignment', () => {
    const refused = { ok: false, problem: 'bad-content', detail: 'importedArticles[0] (my-article-1a2b3c)' };
    const withPins = (pins: unknown) => withArticles({ ...imported, alignment: { ...imported.alignment, pins } });
    expect(readBackup(withPins([{ nb: { start: 0, count: 2 }, en: { start: 0, count: 1 } }]))).toEqual(refused);
    expect(readBackup(withPins([{ nb: { start: 0 }, en: { start: 0, count: 1 } }]))).toEqual(refused);
    expect(readBackup(withPins('all'))).toEqual(refused);
  });

  it('refuses imported articles that are not a list', () => {
    expect(readBackup(JSON.stringify({ ...makeBackup({}, [], [], [], new Date(0)), importedArticles: {} }))).toEqual({ ok: false, problem: 'bad-content', detail: 'importedArticles' });
  });

  it('rejects a personal term without its terms', () => {
    const text = '{"format":"tolk-backup","version":3,"settings":{},"positions":[],"personalTerms":[{"id":"x","note":"","createdAt":1,"updatedAt":1}],"importedArticles":[]}';
    expect(readBackup(text)).toEqual({ ok: false, problem: 'bad-content', detail: 'personalTerms[0].terms', reason: 'wrong-type' });
  });

  it.each([
    ['createdAt 1e300', { createdAt: 1e300 }, 'createdAt', 'out-of-range'],
    ['updatedAt -1e20', { updatedAt: -1e20 }, 'updatedAt', 'out-of-range'],
    ['both sides empty', { terms: { nb: ' ', en: '' } }, 'terms', 'both-empty'],
    ['a 10,000-character term', { terms: { nb: 'a'.repeat(10_000), en: 'b' } }, 'terms.nb', 'too-long'],
    ['a note of 2 million characters', { note: 'n'.repeat(2_000_000) }, 'note', 'too-long'],
  ])('refuses a personal term with %s, as the term forms would', (_, change, field, reason) => {
    const term = { id: 'x', terms: { nb: 'ja', en: 'yes' }, note: '', createdAt: 1, updatedAt: 1, ...change };
    const text = JSON.stringify({ format: 'tolk-backup', version: 3, settings: {}, positions: [], personalTerms: [term], importedArticles: [] });
    expect(readBackup(text)).toEqual({ ok: false, problem: 'bad-content', detail: `personalTerms[0].${field}`, reason });
  });
});
