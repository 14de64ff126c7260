// Review cards and log lines in a backup file: checked field by field, as for every other part of the file.
import type { CardQueue, ReviewCard, ReviewDirection, ReviewLogEntry, Schedule } from '../review/card';

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';
const DIRECTIONS: readonly unknown[] = ['recognition', 'recall'] satisfies ReviewDirection[];
const QUEUES: readonly unknown[] = ['new', 'review', 'known', 'deleted'] satisfies CardQueue[];
const NUMBERS = ['due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses'] as const;

function scheduleOf(value: unknown): Schedule | undefined {
  if (!isRecord(value) || !NUMBERS.every((key) => isNumber(value[key]))) return undefined;
  const { state, lastReview } = value;
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return undefined;
  if (lastReview !== undefined && !isNumber(lastReview)) return undefined;
  const schedule = Object.fromEntries(NUMBERS.map((key) => [key, value[key]])) as Omit<Schedule, 'state'>;
  return lastReview === undefined ? { ...schedule, state } : { ...schedule, state, lastReview };
}

export function reviewCardOf(value: unknown): ReviewCard | undefined {
  const schedule = scheduleOf(value);
  if (!schedule || !isRecord(value)) return undefined;
  const { id, termId, direction, queue, updatedAt } = value;
  if (!isString(id) || !isString(termId) || !DIRECTIONS.includes(direction) || !QUEUES.includes(queue) || !isNumber(updatedAt)) return undefined;
  if (id !== `${termId}:${String(direction)}`) return undefined;
  return { ...schedule, id, termId, direction: direction as ReviewDirection, queue: queue as CardQueue, updatedAt };
}

export function reviewLogEntryOf(value: unknown): ReviewLogEntry | undefined {
  if (!isRecord(value)) return undefined;
  const { seq, kind, cardId, termId, at } = value;
  if (!Number.isInteger(seq) || !isString(cardId) || !isString(termId) || !isNumber(at)) return undefined;
  const common = { seq: seq as number, cardId, termId, at };
  if (kind === 'undo') return Number.isInteger(value.undoes) ? { ...common, kind, undoes: value.undoes as number } : undefined;
  if (kind !== 'grade') return undefined;
  const { grade } = value;
  const before = scheduleOf(value.before);
  const after = scheduleOf(value.after);
  if ((grade !== 1 && grade !== 2 && grade !== 3 && grade !== 4) || !before || !after) return undefined;
  return { ...common, kind, grade, before, after };
}
