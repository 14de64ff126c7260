// The glossary's heavy half, loaded after the panes paint: the matcher with Snowball stemmers, the popup and selection action (Floating UI), the term form.
import { buildGlossaryIndex, findGlossaryMatches } from '../../core/glossary/matcher';
import { snowballStemmers } from '../../core/glossary/snowballStemmers';
import type { GlossaryEntry } from '../../core/glossary/entry';
import type { GlossaryMatch } from '../../core/glossary/types';
import type { Lang } from '../../core/lang';

export { GlossaryOverlay } from './GlossaryOverlay';
export { readTermStatuses } from './markStatus';
export { GlossaryPanel } from './GlossaryPanel';
export { readSelection } from './pickedText';
export { SelectionAction } from './SelectionAction';
export { TermDialog } from './TermDialog';
export { TermPopup } from './TermPopup';
export { translationIn } from './translationIn';
// What only marking needs: the learner's terms (read with the rule set that checks them), where terms fall, the marks.
export { readPersonalTerms } from '../../db/personalTermHooks';
export { entriesToMark } from './entries';
export { goToTerm, segmentRenderer, termDraft } from './marking';
export { termsInArticle } from './termsInArticle';

export type FindTerms = (text: string, lang: Lang) => GlossaryMatch[];

/**
 * A matcher over these entries; answers are cached per text, since the reader and the panel ask for the same sentences.
 * Its index is built at the first question (a few milliseconds for the editorial glossary): made while rendering, the
 * matchers cost the reader's start-up nothing until the marking's own tasks use them.
 */
export function createFindTerms(entries: readonly GlossaryEntry[]): FindTerms {
  let index: ReturnType<typeof buildGlossaryIndex> | undefined;
  const cache = new Map<string, GlossaryMatch[]>();
  return (text, lang) => {
    const key = `${lang}\u0000${text}`;
    let matches = cache.get(key);
    if (!matches) {
      index ??= buildGlossaryIndex(entries, snowballStemmers);
      matches = findGlossaryMatches(index, text, lang);
      cache.set(key, matches);
    }
    return matches;
  };
}
