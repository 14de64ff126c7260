// Stepping through the targets of one sentence (glossary terms today, any word later): which one the next key press reaches.

export type StepDirection = 1 | -1;

/**
 * The target after `current` in `direction`, or undefined for the sentence itself. `current` undefined means the
 * sentence itself is where the keyboard is: forward reaches the first target, backward the last. Forward stops at the
 * last target; backward from the first goes back to the sentence, so the keys never leave it.
 */
export function stepTarget<T>(targets: readonly T[], current: T | undefined, direction: StepDirection): T | undefined {
  if (targets.length === 0) return undefined;
  const at = current === undefined ? -1 : targets.indexOf(current);
  if (at === -1) return direction === 1 ? targets[0] : targets.at(-1);
  const next = at + direction;
  if (next < 0) return undefined;
  return targets[Math.min(next, targets.length - 1)];
}
