// Unit tests for an imported article's details: typed values checked by the stored-summary rules, found values tidied.
import { describe, expect, it } from 'vitest';
import { articleSummaryProblem, MAX_TITLE_LENGTH } from '../records/rules';
import { detailsProblems, foundDate, foundLine } from './details';

const typed = { titles: { nb: 'Ferja går', en: 'The ferry runs' }, source: 'NRK', date: '2024-03-22' };

describe('detailsProblems', () => {
  it('accepts ordinary and empty details', () => {
    expect(detailsProblems(typed)).toEqual([]);
    expect(detailsProblems({ titles: { nb: '', en: '' }, source: '', date: '' })).toEqual([]);
  });
  it('names each field a restore would refuse: a 10,000-character title, a direction override, a year 9999', () => {
    expect(detailsProblems({ titles: { nb: 't'.repeat(10_000), en: '\u202Eeltit' }, source: 'NRK', date: '9999-01-01' })).toEqual([
      { field: 'titles.nb', problem: 'too-long' },
      { field: 'titles.en', problem: 'control-characters' },
      { field: 'date', problem: 'out-of-range' },
    ]);
  });
});

describe('found details', () => {
  it('makes any found title a line a restore accepts', () => {
    const title = foundLine(`Tittel\u202E med\nlinjeskift ${'x'.repeat(1000)}`, MAX_TITLE_LENGTH);
    expect(title.startsWith('Tittel med linjeskift x')).toBe(true);
    expect(title).toHaveLength(MAX_TITLE_LENGTH);
    const summary = { id: 'a', titles: { nb: title, en: title }, source: '', date: foundDate('2301-01-01'), words: { nb: 1, en: 1 } };
    expect(articleSummaryProblem(summary)).toBeUndefined();
  });
  it('keeps a good date and drops one out of range', () => {
    expect(foundDate('2024-03-22')).toBe('2024-03-22');
    expect(foundDate('1700-01-01')).toBe('');
  });
});
