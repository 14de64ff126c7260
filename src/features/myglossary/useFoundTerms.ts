// The terms My glossary lists: sorted, filtered by article and searched, recomputed only when one of those changes.
//
// A search scans one folded string per term (FoldedTexts): a few milliseconds at 50,000 terms, so the list answers
// each keystroke at once, with no debounce. Folding 50,000 texts takes longer, so it is done after the list is on
// screen, in slices between frames; a search typed before that folds what is left at once.
import { useEffect, useMemo, useState } from 'react';
import type { Lang } from '../../core/lang';
import type { PersonalTerm } from '../../core/personal/personalTerm';
import { findTerms, FoldedTexts } from './foldedTexts';
import { queryWords, sortTerms, type SortOrder } from './search';

/** Terms folded per slice while the page is idle: a few milliseconds each, so the page keeps answering. */
const SLICE = 2000;

export function useFoundTerms(listed: readonly PersonalTerm[], order: SortOrder, lang: Lang, query: string, keep: (term: PersonalTerm) => boolean): PersonalTerm[] {
  // A cache that lives as long as the page (mutated, never replaced, so no render depends on its identity).
  const [folded] = useState(() => new FoldedTexts());
  // Sorted once per change of the terms or the order; a search only filters that list (filtering keeps the order).
  const sorted = useMemo(() => sortTerms(listed, order, lang), [listed, order, lang]);
  const words = useMemo(() => queryWords(query), [query]);
  // The folded texts of `sorted`, made on first need and kept while `sorted` is the same list: clearing the search
  // and typing again does not build them again (50,000 look-ups of the cache).
  const textsOf = useMemo(() => {
    let texts: string[] | undefined;
    return () => (texts ??= folded.textsOf(sorted));
  }, [sorted, folded]);

  useEffect(() => {
    let from = 0;
    let timer: ReturnType<typeof setTimeout>;
    const slice = () => {
      for (const term of sorted.slice(from, from + SLICE)) folded.textOf(term);
      from += SLICE;
      if (from < sorted.length) timer = setTimeout(slice, 0);
      else textsOf();
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [sorted, folded, textsOf]);

  return useMemo(() => findTerms(sorted, words.length > 0 ? textsOf() : undefined, words, keep), [sorted, textsOf, words, keep]);
}
