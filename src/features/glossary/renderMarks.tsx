// Turns a sentence and its glossary matches into text with marks: each mark a button (for assistive technology) named by its term,
// out of the Tab order: Tab reaches the sentence, and the reader's keys step from mark to mark inside it.
import type { ReactNode } from 'react';
import type { GlossaryMatch } from '../../core/glossary/types';

export const TERM_CLASS = 'term';

/** `isPersonal` tells the learner's own terms apart, so they can look different from the editorial ones. */
export function renderMarks(text: string, matches: readonly GlossaryMatch[], isPersonal: (entryId: string) => boolean): ReactNode {
  if (matches.length === 0) return text;
  const nodes: ReactNode[] = [];
  let at = 0;
  for (const { start, end, entryId } of matches) {
    if (start > at) nodes.push(text.slice(at, start));
    nodes.push(
      <span key={start} className={isPersonal(entryId) ? `${TERM_CLASS} term-personal` : TERM_CLASS} role="button" tabIndex={-1} aria-haspopup="dialog" aria-expanded="false" data-entry={entryId}>
        {text.slice(start, end)}
      </span>,
    );
    at = end;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}
