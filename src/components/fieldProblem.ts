// Keys of the records namespace that say what is wrong with a field, for the codes of src/core/records/rules.ts.
import type { FieldProblem } from '../core/records/rules';

const FIELD_PROBLEM = {
  'wrong-type': 'fieldProblem.wrong-type',
  'not-finite': 'fieldProblem.not-finite',
  'out-of-range': 'fieldProblem.out-of-range',
  'not-a-date': 'fieldProblem.not-a-date',
  'too-long': 'fieldProblem.too-long',
  'control-characters': 'fieldProblem.control-characters',
  empty: 'fieldProblem.empty',
  'no-letters': 'fieldProblem.no-letters',
  'both-empty': 'fieldProblem.both-empty',
} as const satisfies Record<FieldProblem, string>;

/** The key for a problem code; an unknown code (from a newer file) reads as the wrong kind of value. */
export function fieldProblemKey(problem: string): (typeof FIELD_PROBLEM)[FieldProblem] {
  return Object.hasOwn(FIELD_PROBLEM, problem) ? FIELD_PROBLEM[problem as FieldProblem] : FIELD_PROBLEM['wrong-type'];
}
