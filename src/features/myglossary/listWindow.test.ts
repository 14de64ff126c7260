import { describe, expect, it } from 'vitest';
import { WHOLE_LIST_UP_TO, withKeptRows } from './listWindow';

describe('withKeptRows', () => {
  it('adds kept rows far from the screen in list order', () => {
    expect(withKeptRows([10, 11, 12], [3, 4000], 5000)).toEqual([3, 10, 11, 12, 4000]);
  });

  it('does not repeat a kept row that is on screen anyway', () => {
    expect(withKeptRows([10, 11, 12], [11], 5000)).toEqual([10, 11, 12]);
  });

  it('drops kept rows that are no longer in the list (a term deleted or filtered out)', () => {
    expect(withKeptRows([0, 1], [-1, 2, 7000], 5000)).toEqual([0, 1, 2]);
  });

  it('renders a short list whole, whatever is on screen', () => {
    expect(withKeptRows([0, 1], [], 5)).toEqual([0, 1, 2, 3, 4]);
    expect(withKeptRows([0, 1], [], WHOLE_LIST_UP_TO)).toHaveLength(WHOLE_LIST_UP_TO);
    expect(withKeptRows([0, 1], [], WHOLE_LIST_UP_TO + 1)).toEqual([0, 1]);
  });
});
