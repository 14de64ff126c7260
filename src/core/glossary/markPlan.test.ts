import { describe, expect, it } from 'vitest';
import { matchesBefore, planBlockMarks } from './markPlan';

const m = (start: number, end: number, entryId: string) => ({ start, end, entryId });
const NAMES = new Set(['putin', 'moscow']);
const isName = (id: string) => NAMES.has(id);

describe('planBlockMarks', () => {
  it('marks a name once per block, and every occurrence of a word', () => {
    const plan = planBlockMarks([[m(0, 5, 'putin'), m(10, 16, 'custody')], [m(0, 5, 'putin'), m(8, 14, 'custody'), m(20, 26, 'moscow')]], isName);
    expect(plan.map((segment) => segment.map((mark) => `${mark.entryId}:${mark.style}`))).toEqual([
      ['putin:name', 'custody:term'],
      ['putin:repeat', 'custody:term', 'moscow:name'],
    ]);
  });

  it('starts again in the next block', () => {
    expect(planBlockMarks([[m(0, 5, 'putin')]], isName)[0]?.[0]?.style).toBe('name');
  });

  it('keeps every match, so a repeated name still opens its popup', () => {
    const plan = planBlockMarks([[m(0, 5, 'putin'), m(9, 14, 'putin')]], isName);
    expect(plan[0]?.map(({ start, end }) => [start, end])).toEqual([[0, 5], [9, 14]]);
  });
});

describe('matchesBefore', () => {
  it('drops matches inside the credit and keeps those before it', () => {
    expect(matchesBefore([m(0, 5, 'putin'), m(40, 45, 'kremlin')], 30)).toEqual([m(0, 5, 'putin')]);
    expect(matchesBefore([m(0, 5, 'putin')], undefined)).toEqual([m(0, 5, 'putin')]);
    expect(matchesBefore([m(6, 11, 'kremlin')], 0)).toEqual([]);
  });
});
