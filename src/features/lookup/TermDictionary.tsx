// The dictionary section inside a glossary term's popup: the marked word looked up like any other word.
import { useEffect, useState } from 'react';
import type { Lang } from '../../core/lang';
import type { WordLookup } from '../../core/lexicon/types';
import { DictionarySection } from './DictionarySection';
import { lookUp } from './lookupClient';

export function TermDictionary({ word, lang }: { word: string; lang: Lang }) {
  const [lookup, setLookup] = useState<WordLookup>();
  useEffect(() => {
    let live = true;
    lookUp({ word, lang })
      .then((answer) => live && setLookup(answer.lookup))
      // The term's own popup says what matters; a missing dictionary section needs no message of its own.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [word, lang]);
  // A several-word term ("think tank") is not one dictionary word: only what the dictionary knows is shown.
  return lookup && (lookup.analyses.length > 0 || lookup.compound) ? <DictionarySection lookup={lookup} /> : null;
}
