// Turns a sentence and its glossary matches into text with marks: each mark a button (for assistive technology) named by its term,
// out of the Tab order: Tab reaches the sentence, and the reader's keys step from mark to mark inside it.
import type { ReactNode } from 'react';
import type { MarkStyle } from '../../core/glossary/markPlan';
import type { GlossaryMatch } from '../../core/glossary/types';
import type { TermStatus } from '../../core/review/card';
import { TERM_CLASS } from './termClass';


/** The id of the hidden text that describes a mark of this status (the glossary's lazy chunk renders those texts). */
export const statusDescriptionId = (status: TermStatus) => `term-status-${status}`;

/** A name is marked quieter than a word; its later occurrences in a block are not marked, yet open the popup when tapped. */
const STYLE_CLASSES: Record<MarkStyle, string> = { term: '', name: ' term-name', repeat: ' term-name term-repeat' };

/**
 * `statusOf` tells the learner's own terms apart (their review status; undefined for an editorial entry), so they look
 * different from the editorial ones and show how well they are known: by underline style, and in words to screen readers.
 */
export function renderMarks(text: string, matches: readonly (GlossaryMatch & { style?: MarkStyle })[], statusOf: (entryId: string) => TermStatus | undefined): ReactNode {
  if (matches.length === 0) return text;
  const nodes: ReactNode[] = [];
  let at = 0;
  for (const { start, end, entryId, style = 'term' } of matches) {
    if (start > at) nodes.push(text.slice(at, start));
    const status = statusOf(entryId);
    const className = `${TERM_CLASS}${status ? ` term-personal term-${status}` : ''}${STYLE_CLASSES[style]}`;
    // A repeat is no control of its own (one button per name per block is enough to reach it); a tap still opens it.
    nodes.push(
      style === 'repeat' ? (
        <span key={start} className={className} data-entry={entryId}>
          {text.slice(start, end)}
        </span>
      ) : (
        <span
          key={start}
          className={className}
          role="button"
          tabIndex={-1}
          aria-haspopup="dialog"
          aria-expanded="false"
          aria-describedby={status && statusDescriptionId(status)}
          data-entry={entryId}
        >
          {text.slice(start, end)}
        </span>
      ),
    );
    at = end;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}
