// Unit tests for the shared field rules: what a timestamp, a date, a text and a whole term or article summary must be.
import { describe, expect, it } from 'vitest';
import { articleSummaryProblem, dateProblem, LATEST_TIME, MAX_NOTE_LENGTH, noteProblem, personalTermProblem, textProblem, timeProblem, toPersonalTerm } from './rules';

const term = { id: 't', terms: { nb: 'tankesmie', en: 'think tank' }, note: '', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 };
const summary = { id: 'a', origin: 'imported', hash: 'h', titles: { nb: 'Tittel', en: 'Title' }, source: 'NRK', date: '2024-03-22', original: 'nb', words: { nb: 1, en: 1 } };

describe('timeProblem', () => {
  it('accepts whole milliseconds from 1970 to 2200', () => {
    for (const value of [0, 1, Date.UTC(2024, 0, 1), LATEST_TIME]) expect(timeProblem(value)).toBeUndefined();
  });
  it('refuses what a date formatter throws on, and what is not a number', () => {
    expect(timeProblem(1e300)).toBe('out-of-range');
    expect(timeProblem(-1e20)).toBe('out-of-range');
    expect(timeProblem(LATEST_TIME + 1)).toBe('out-of-range');
    expect(timeProblem(1.5)).toBe('out-of-range');
    expect(timeProblem(Number.NaN)).toBe('not-finite');
    expect(timeProblem(Infinity)).toBe('not-finite');
    expect(timeProblem('2024')).toBe('wrong-type');
    expect(timeProblem(undefined)).toBe('wrong-type');
  });
});

describe('dateProblem', () => {
  it('accepts real calendar days from 1800 to 2200', () => {
    for (const value of ['2024-02-29', '1800-01-01', '2200-12-31']) expect(dateProblem(value)).toBeUndefined();
  });
  it('refuses what is not a day of the calendar, or outside the range', () => {
    for (const value of ['not a date', '2023-02-29', '2024-13-01', '2024-3-1', '2024-03-22T10:00', '']) expect(dateProblem(value)).toBe('not-a-date');
    expect(dateProblem('1799-12-31')).toBe('out-of-range');
    expect(dateProblem('9999-01-01')).toBe('out-of-range');
    expect(dateProblem(20240322)).toBe('wrong-type');
  });
});

describe('textProblem', () => {
  it('limits length, and refuses control characters and direction overrides', () => {
    expect(textProblem('a'.repeat(MAX_NOTE_LENGTH), MAX_NOTE_LENGTH)).toBeUndefined();
    expect(textProblem('a'.repeat(MAX_NOTE_LENGTH + 1), MAX_NOTE_LENGTH)).toBe('too-long');
    expect(textProblem('line\nbreak\tand tab', 100)).toBeUndefined();
    expect(textProblem('line\nbreak', 100, true)).toBe('control-characters');
    expect(textProblem('evil\u202Etxt.exe', 100)).toBe('control-characters');
    expect(textProblem('bell\u0007', 100)).toBe('control-characters');
    expect(textProblem(null, 100)).toBe('wrong-type');
  });
});

describe('personalTermProblem', () => {
  it('accepts a term the forms would save', () => {
    expect(personalTermProblem(term)).toBeUndefined();
    expect(personalTermProblem({ ...term, context: { articleId: 'a', block: 0, seg: 2, nb: 'Hei.', en: 'Hi.' } })).toBeUndefined();
  });
  it('names the first field that breaks a rule', () => {
    expect(personalTermProblem(null)).toEqual({ field: 'term', problem: 'wrong-type' });
    expect(personalTermProblem({ ...term, id: 7 })).toEqual({ field: 'id', problem: 'wrong-type' });
    expect(personalTermProblem({ ...term, terms: { nb: '', en: '  ' } })).toEqual({ field: 'terms', problem: 'both-empty' });
    expect(personalTermProblem({ ...term, terms: { nb: 'x'.repeat(10_000), en: '' } })).toEqual({ field: 'terms.nb', problem: 'too-long' });
    expect(personalTermProblem({ ...term, terms: { nb: 'ja', en: '!!!' } })).toEqual({ field: 'terms.en', problem: 'no-letters' });
    expect(personalTermProblem({ ...term, note: 'n'.repeat(2_000_000) })).toEqual({ field: 'note', problem: 'too-long' });
    expect(personalTermProblem({ ...term, createdAt: 1e300 })).toEqual({ field: 'createdAt', problem: 'out-of-range' });
    expect(personalTermProblem({ ...term, updatedAt: -1e20 })).toEqual({ field: 'updatedAt', problem: 'out-of-range' });
    expect(personalTermProblem({ ...term, context: { articleId: 'a', block: -2, seg: 0, nb: '', en: '' } })).toEqual({ field: 'context.block', problem: 'out-of-range' });
    // Block -1 is the title: a term picked from it keeps the title as its context.
    expect(personalTermProblem({ ...term, context: { articleId: 'a', block: -1, seg: 0, nb: 'Tittel', en: 'Title' } })).toBeUndefined();
  });
  it('keeps only the known fields, terms trimmed', () => {
    expect(toPersonalTerm({ ...term, terms: { nb: ' ja ', en: 'yes' }, extra: 1 })).toEqual({ ...term, terms: { nb: 'ja', en: 'yes' } });
  });
});

describe('noteProblem', () => {
  it('takes a note of up to 5,000 characters with line breaks and tabs, as the imports do', () => {
    expect(noteProblem('')).toBeUndefined();
    expect(noteProblem(`${'n'.repeat(MAX_NOTE_LENGTH - 2)}\n\t`)).toBeUndefined();
    expect(personalTermProblem({ ...term, note: 'n'.repeat(MAX_NOTE_LENGTH) })).toBeUndefined();
  });
  it('refuses one character more, and control characters, exactly where the stored-record rule does', () => {
    expect(noteProblem('n'.repeat(MAX_NOTE_LENGTH + 1))).toBe('too-long');
    expect(personalTermProblem({ ...term, note: 'n'.repeat(MAX_NOTE_LENGTH + 1) })).toEqual({ field: 'note', problem: 'too-long' });
    expect(noteProblem('see \u202Eabove')).toBe('control-characters');
    expect(noteProblem('bell\u0007')).toBe('control-characters');
  });
});

describe('articleSummaryProblem', () => {
  it('accepts a summary every page can show', () => {
    expect(articleSummaryProblem(summary)).toBeUndefined();
  });
  it('accepts an imported article without a date, as the import stores one the learner gave none for', () => {
    expect(articleSummaryProblem({ ...summary, date: '' })).toBeUndefined();
  });
  it('names the first field that breaks a rule', () => {
    expect(articleSummaryProblem({ ...summary, date: 'not a date' })).toEqual({ field: 'date', problem: 'not-a-date' });
    expect(articleSummaryProblem({ ...summary, titles: { nb: 't'.repeat(10_000), en: '' } })).toEqual({ field: 'titles.nb', problem: 'too-long' });
    expect(articleSummaryProblem({ ...summary, titles: { nb: '\u202Etittel', en: '' } })).toEqual({ field: 'titles.nb', problem: 'control-characters' });
    expect(articleSummaryProblem({ ...summary, words: { nb: Infinity, en: 1 } })).toEqual({ field: 'words.nb', problem: 'not-finite' });
    expect(articleSummaryProblem({ ...summary, addedAt: 1e300 })).toEqual({ field: 'addedAt', problem: 'out-of-range' });
  });
});
