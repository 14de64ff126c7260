// What the glossary layer does once its engine is in (so none of it weighs on the reader's first load): the sentence
// renderer with marks, the draft of a term to add from a sentence, and going to a term's first mark.
import type { RenderSegment } from '../../components/readerSlots';
import type { ArticleVersion } from '../../core/article/types';
import { isNameKind, type GlossaryEntry } from '../../core/glossary/entry';
import { otherLang, type Lang } from '../../core/lang';
import type { TermStatus } from '../../core/review/card';
import type { FindTerms } from './engine';
import { personalTermIdOf } from './entries';
import { renderMarks } from './renderMarks';
import { sentencePair } from './selection';
import type { TermDraft } from './TermDialog';
import { translationIn } from './translationIn';
import { createMarksOf } from './visibleMarks';

const FLASH_MS = 2000;

/** Sentences with their marks; a learner's term is drawn by its review status, and a known one hidden when asked. */
export function segmentRenderer(
  versions: Record<Lang, ArticleVersion>,
  findTerms: FindTerms,
  byId: ReadonlyMap<string, GlossaryEntry>,
  statuses: ReadonlyMap<string, TermStatus> | undefined,
  hideKnown: boolean,
): RenderSegment {
  const isName = (id: string) => {
    const entry = byId.get(id);
    return entry !== undefined && personalTermIdOf(id) === undefined && isNameKind(entry.kind);
  };
  const marksOf = createMarksOf(versions, findTerms, isName);
  const statusOf = (id: string) => {
    const termId = personalTermIdOf(id);
    return termId === undefined ? undefined : (statuses?.get(termId) ?? 'new');
  };
  const shown = (match: { entryId: string }) => !(hideKnown && statusOf(match.entryId) === 'known');
  return (text, place) => renderMarks(text, marksOf(text, place).filter(shown), statusOf);
}

/**
 * The add-term form's start: the picked text, its sentence pair, and where its translation stands there (`found`, from
 * the word lookup; otherwise the editorial glossary may know it).
 */
export function termDraft(
  articleId: string,
  versions: Record<Lang, ArticleVersion>,
  { lang, text, segKey, found }: { lang: Lang; text: string; segKey: string | undefined; found: { start: number; end: number } | undefined },
  findEditorial: FindTerms | undefined,
): TermDraft {
  const context = segKey ? sentencePair(articleId, versions, segKey) : undefined;
  const counterpart = found ?? (context && findEditorial ? translationIn(findEditorial, lang, text, context[otherLang(lang)]) : undefined);
  return { mode: 'add', lang, text, ...(context ? { context } : {}), ...(counterpart ? { counterpart } : {}) };
}

/** Scrolls to an entry's first mark in the first pane, focuses it and flashes it. */
export function goToTerm(root: HTMLElement | null, entryId: string): void {
  const first = root?.querySelector<HTMLElement>(`.pane-1 [data-entry="${CSS.escape(entryId)}"]`);
  if (!first) return;
  first.scrollIntoView({ block: 'center' });
  first.focus({ preventScroll: true });
  first.classList.add('is-flash');
  setTimeout(() => first.classList.remove('is-flash'), FLASH_MS);
}
