// Backup format 4: review cards and log lines go out and come back; every older format still reads, with no review data.
import { describe, expect, it } from 'vitest';
import { newCard, scheduleOf, type ReviewLogEntry } from '../review/card';
import { grade } from '../review/scheduler';
import { BACKUP_VERSION, makeBackup, readBackup } from './backupFile';

const card = newCard('t1', 'recognition', 1000);
const after = grade(card, 3, 2000);
const log: ReviewLogEntry[] = [
  { seq: 1, kind: 'grade', cardId: card.id, termId: 't1', at: 2000, grade: 3, before: scheduleOf(card), after },
  { seq: 2, kind: 'undo', cardId: card.id, termId: 't1', at: 2500, undoes: 1 },
];
const term = { id: 't1', terms: { nb: 'valg', en: 'election' }, note: '', createdAt: 1000, updatedAt: 1000 };

describe('backup format 4', () => {
  it('is the current format and carries the cards and the log', () => {
    const backup = makeBackup({}, [], [term], [], new Date(0), { cards: [{ ...card, ...after, queue: 'review' }], reviewLog: log });
    expect(BACKUP_VERSION).toBe(4);
    const read = readBackup(JSON.stringify(backup));
    expect(read).toEqual({ ok: true, backup });
  });

  it.each([1, 2, 3])('reads a format-%i file, with no cards and no log', (version) => {
    const file = { format: 'tolk-backup', version, settings: { theme: 'dark' }, positions: [], ...(version >= 2 ? { personalTerms: [term] } : {}), ...(version >= 3 ? { importedArticles: [] } : {}) };
    const read = readBackup(JSON.stringify(file));
    expect(read.ok && read.backup).toMatchObject({ version: 4, cards: [], reviewLog: [], settings: { theme: 'dark' } });
  });

  it.each([
    ['a card with an unknown direction', { cards: [{ ...card, direction: 'sideways' }] }, 'cards[0]'],
    ['a card whose id is not its term and direction', { cards: [{ ...card, id: 'x' }] }, 'cards[0]'],
    ['a log line with grade 5', { reviewLog: [{ ...log[0], grade: 5 }] }, 'reviewLog[0]'],
    ['a log that is not a list', { reviewLog: {} }, 'reviewLog'],
  ])('names what is wrong: %s', (_, change, detail) => {
    const file = { ...makeBackup({}, [], [term], [], new Date(0)), ...change };
    expect(readBackup(JSON.stringify(file))).toEqual({ ok: false, problem: 'bad-content', detail });
  });
});
