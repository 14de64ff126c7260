// Builds the Lexicon from the data files' texts: pure, so it runs in a Web Worker, in Vitest and in a Node script.
import { createEnglish } from './english.ts';
import type { LexiconFiles } from './files.ts';
import { parseGlosses } from './glosses.ts';
import { createNobLookup } from './nobLookup.ts';
import { parseNobForms } from './nobForms.ts';
import type { Lexicon, WordLookup } from './types.ts';

const CACHE_LIMIT = 20_000;
const LOAN = /^\p{Ll}{3,}$/u;

export function createLexicon(files: LexiconFiles): Lexicon {
  const forms = parseNobForms(files.nob);
  const glosses = parseGlosses(files.engNor, [files.nobEng ?? '', files.nobEngDan ?? '']);
  const nob = createNobLookup(forms, glosses);
  const english = createEnglish(files.eng, glosses);
  const cache = new Map<string, WordLookup>();

  /**
   * A lower-case word bokmål does not know but English does is an English word in the Norwegian text ("default",
   * "update"): its English lemma is its gloss.
   */
  function withEnglishLoan(result: WordLookup): WordLookup {
    if (result.kind !== 'word' || result.analyses.length > 0 || result.compound || !LOAN.test(result.word)) return result;
    const loans = english.lookup(result.word).analyses.filter((a) => a.glosses.length > 0);
    if (loans.length === 0) return result;
    return { ...result, analyses: loans.map((a) => ({ lemma: a.lemma, wordClass: a.wordClass, mainForms: [], glosses: [a.lemma] })) };
  }

  function lookup(word: string, lang: 'nb' | 'en'): WordLookup {
    const key = `${lang}\t${word}`;
    const cached = cache.get(key);
    if (cached) return cached;
    let result: WordLookup;
    try {
      result = lang === 'nb' ? withEnglishLoan(nob.lookup(word)) : english.lookup(word);
    } catch {
      result = { word, lang, kind: 'word', analyses: [] };
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, result);
    return result;
  }

  return {
    lookup,
    forms(lemma, lang) {
      if (lang === 'en') return english.forms(lemma);
      const found = new Set<string>();
      for (const entry of forms.entriesOf(lemma)) for (const f of forms.formsOf(entry)) found.add(f.form);
      return [...found];
    },
  };
}
