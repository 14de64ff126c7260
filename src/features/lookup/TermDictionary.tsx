// The dictionary section inside a glossary term's popup: the marked word looked up like any other word.
import { useEffect, useState } from 'react';
import type { Lang } from '../../core/lang';
import type { WordLookup } from '../../core/lexicon/types';
import { DictionarySection } from './DictionarySection';
import { lookUp } from './lookupClient';

/**
 * The dictionary word of a marked term: the term itself when it is one word; for a bokmål phrase its first word, the
 * verb of a particle verb ("strider mot", "slår ned på"); an English phrase ("think tank") has no one dictionary word.
 */
function headWord(term: string, lang: Lang): string | undefined {
  const words = term.trim().split(/\s+/u);
  if (words.length === 1) return words[0];
  return lang === 'nb' ? words[0] : undefined;
}

export function TermDictionary({ word: term, lang }: { word: string; lang: Lang }) {
  const [lookup, setLookup] = useState<WordLookup>();
  const word = headWord(term, lang);
  useEffect(() => {
    if (!word) return;
    let live = true;
    lookUp({ word, lang })
      .then((answer) => live && setLookup(answer.lookup))
      // The term's own popup says what matters; a missing dictionary section needs no message of its own.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [word, lang]);
  // Only what the dictionary knows is shown.
  return lookup && (lookup.analyses.length > 0 || lookup.compound) ? <DictionarySection lookup={lookup} /> : null;
}
