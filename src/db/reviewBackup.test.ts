// Review data through a backup: cards and log come back in a new profile, a second restore adds nothing, an older file gets new cards.
import { snowballStemmers } from '../core/glossary/snowballStemmers';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackup } from '../core/backup/backupFile';
import { exportBackup, planRestore, restoreBackup } from './backup';
import { TolkDB } from './db';
import { addPersonalTerm } from './personalTerms';
import { gradeCard, undoGrade } from './review';

const made: TolkDB[] = [];
const fresh = () => {
  const db = new TolkDB(`review-backup-${crypto.randomUUID()}`);
  made.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(made.splice(0).map((db) => db.delete()));
});
const term = { id: 't', terms: { nb: 'valg', en: 'election' }, note: '', createdAt: 1, updatedAt: 1 };

async function planFrom(db: TolkDB) {
  const read = readBackup(JSON.stringify(await exportBackup(db, new Date(0))));
  if (!read.ok) throw new Error(read.problem);
  return planRestore(read.backup);
}

describe('review data in backups', () => {
  it('cards and log (an undo included) come back in a new profile, and restoring twice adds no log line', async () => {
    const source = fresh();
    await addPersonalTerm(source, term, snowballStemmers);
    const seq = await gradeCard(source, 't:recognition', 1, 10_000, 0.9);
    await undoGrade(source, seq, 11_000);
    await gradeCard(source, 't:recognition', 3, 12_000, 0.9);
    const plan = await planFrom(source);

    const target = fresh();
    await restoreBackup(target, plan);
    await restoreBackup(target, plan);
    expect(await target.cards.orderBy('id').toArray()).toEqual(await source.cards.orderBy('id').toArray());
    const lines = await target.reviewLog.toArray();
    expect(lines.map((l) => l.kind)).toEqual(['grade', 'undo', 'grade']);
    const undo = lines[1];
    expect(undo?.kind === 'undo' && undo.undoes).toBe(lines[0]?.seq);
  });

  it('a file without cards (an older format) gives its terms new cards', async () => {
    const source = fresh();
    await source.personalTerms.add(term);
    const plan = { ...(await planFrom(source)), cards: [], reviewLog: [] };
    const target = fresh();
    await restoreBackup(target, plan);
    expect((await target.cards.toArray()).map((c) => c.id).sort()).toEqual(['t:recall', 't:recognition']);
  });
});
