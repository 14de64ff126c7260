import { afterEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { readPersonalTerms } from './personalTermHooks';

const term = (id: string, createdAt: number) => ({ id, terms: { nb: `ord ${id}`, en: `word ${id}` }, note: '', createdAt, updatedAt: createdAt });

afterEach(async () => db.personalTerms.clear());

describe('readPersonalTerms', () => {
  it('gives the terms newest first (the later id first for equal dates), whatever order they were stored in', async () => {
    await db.personalTerms.bulkPut([term('b', 2), term('a', 3), term('c', 1), term('d', 2)]);
    expect((await readPersonalTerms()).terms.map((t) => t.id)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('lists a record without a valid date as damaged, beside the good terms', async () => {
    await db.personalTerms.bulkPut([term('good', 5), { id: 'no-dates', terms: { nb: 'hei', en: 'hi' }, note: '' } as never]);
    const { terms, damaged } = await readPersonalTerms();
    expect(terms.map((t) => t.id)).toEqual(['good']);
    expect(damaged).toMatchObject([{ key: 'no-dates', label: 'hei – hi' }]);
  });
});
