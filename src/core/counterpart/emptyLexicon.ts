// A lexicon that knows no word: names and numbers by their look only. The linker's floor, and its stand-in until data loads.
import type { Lexicon, WordLookup } from '../lexicon/types.ts';
import { isNumber } from './wordFeatures.ts';

export const emptyLexicon: Lexicon = {
  lookup(word, lang): WordLookup {
    const kind = isNumber(word) ? 'number' : /^\p{Lu}/u.test(word) && word.length > 1 ? 'name' : 'word';
    return { word, lang, kind, analyses: [] };
  },
  forms: () => [],
};
