// Which rows of the list of terms are in the page: all of a short list; of a long one, those on screen (and a few
// either side) plus the few that must stay.

/**
 * Lists up to this long are rendered whole: fifty rows render in a frame or two, and the browser's
 * find-in-page then finds every term. Longer lists render what is on screen.
 */
export const WHOLE_LIST_UP_TO = 50;

/**
 * `onScreen` (ascending indexes from the virtualiser) with `kept` added, ascending and without repeats: a row with
 * focus, an open edit form, or the row an undo is about to focus stays in the page however far the list scrolls,
 * so focus is not lost and typing in a form is not thrown away. Indexes outside `0..count-1` are dropped.
 */
export function withKeptRows(onScreen: readonly number[], kept: Iterable<number>, count: number): number[] {
  if (count <= WHOLE_LIST_UP_TO) return Array.from({ length: count }, (_, index) => index);
  const extra = [...kept].filter((index) => index >= 0 && index < count && !onScreen.includes(index));
  if (extra.length === 0) return [...onScreen];
  return [...new Set([...onScreen, ...extra])].sort((a, b) => a - b);
}
