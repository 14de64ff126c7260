// Scheduling through ts-fsrs with a fixed clock: what each grade gives a new card, and that retention moves intervals.
import { describe, expect, it } from 'vitest';
import { newCard } from './card';
import { grade, intervalBetween, previewGrades } from './scheduler';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('FSRS scheduling', () => {
  it('a new card graded Again comes back within minutes, Good later that day or the next, Easy after days', () => {
    const card = newCard('t', 'recognition', T0 - DAY);
    const preview = previewGrades(card, T0);
    expect(preview[1].due - T0).toBeLessThanOrEqual(10 * MINUTE);
    expect(preview[1].state).toBe(1);
    expect(preview[3].due).toBeGreaterThan(preview[1].due);
    expect(preview[4].due - T0).toBeGreaterThanOrEqual(DAY);
    expect(preview[4].state).toBe(2);
  });

  it('grading gives exactly what the preview showed, and the same history always gives the same schedule', () => {
    const card = newCard('t', 'recall', T0);
    const preview = previewGrades(card, T0);
    expect(grade(card, 3, T0)).toEqual(preview[3]);
    expect(grade(grade(card, 3, T0), 3, T0 + DAY)).toEqual(grade(grade(card, 3, T0), 3, T0 + DAY));
  });

  it('a card learnt and then reviewed Good on time is pushed further out each time', () => {
    let schedule = grade(newCard('t', 'recognition', T0), 4, T0);
    const gaps: number[] = [];
    for (let i = 0; i < 3; i++) {
      const at = schedule.due;
      schedule = grade(schedule, 3, at);
      gaps.push(schedule.due - at);
    }
    expect(gaps[1]).toBeGreaterThan(gaps[0] ?? 0);
    expect(gaps[2]).toBeGreaterThan(gaps[1] ?? 0);
    expect(schedule.reps).toBe(4);
  });

  it('a higher desired retention gives shorter intervals', () => {
    const learnt = grade(newCard('t', 'recognition', T0), 4, T0);
    const strict = grade(learnt, 3, learnt.due, 0.97);
    const relaxed = grade(learnt, 3, learnt.due, 0.8);
    expect(strict.due).toBeLessThan(relaxed.due);
  });

  it('a lapse counts and relearns', () => {
    const learnt = grade(newCard('t', 'recognition', T0), 4, T0);
    const lapsed = grade(learnt, 1, learnt.due);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.state).toBe(3);
  });

  it('intervals read in the largest unit that fits', () => {
    expect(intervalBetween(T0, T0 + 30_000)).toEqual({ unit: 'minute', count: 1 });
    expect(intervalBetween(T0, T0 + 10 * MINUTE)).toEqual({ unit: 'minute', count: 10 });
    expect(intervalBetween(T0, T0 + 5 * 60 * MINUTE)).toEqual({ unit: 'hour', count: 5 });
    expect(intervalBetween(T0, T0 + 3 * DAY)).toEqual({ unit: 'day', count: 3 });
    expect(intervalBetween(T0, T0 + 91 * DAY)).toEqual({ unit: 'month', count: 3 });
  });
});
