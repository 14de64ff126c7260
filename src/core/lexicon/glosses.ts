// English–Norwegian glosses from the WikDict file, both ways: bokmål lemma -> English words, English lemma -> bokmål.
import { dataLines } from './files.ts';
import type { WordClass } from './types.ts';

const POS_CLASSES: Record<string, WordClass> = {
  n: 'noun',
  v: 'verb',
  adj: 'adj',
  adv: 'adv',
  preposition: 'prep',
  postposition: 'prep',
  conjunction: 'conj',
  pronoun: 'pron',
  determiner: 'det',
  article: 'det',
  interjection: 'interj',
  numeral: 'num',
  pn: 'propn',
};

/** One English headword that translates a bokmål lemma, with where the lemma stood among its translations. */
interface Reverse {
  english: string;
  wordClass: WordClass;
  sense: number;
  position: number;
}

export interface EnglishEntry {
  wordClass: WordClass;
  /** Bokmål translations, first sense first. */
  translations: string[];
}

export interface Glosses {
  /** English glosses of a bokmål lemma, best first; those of the same word class first when there are any. */
  english(nobLemma: string, wordClass: WordClass): string[];
  /** The entries of an English headword (lower case), one per part of speech. */
  englishEntries(englishLemma: string): EnglishEntry[];
  hasEnglish(englishLemma: string): boolean;
}

/**
 * Parses the WikDict file and, when given, bokmål -> English additions (lemma TAB class TAB glosses), the more
 * trusted file first (Tolk's own, then glosses through Danish).
 */
export function parseGlosses(text: string, additionsTexts: readonly string[] = []): Glosses {
  const additions = new Map<string, { wordClass: string; english: string[] }[]>();
  for (const line of additionsTexts.flatMap(dataLines)) {
    const [lemma = '', wordClass = '', english = ''] = line.split('\t');
    let list = additions.get(lemma);
    if (!list) additions.set(lemma, (list = []));
    list.push({ wordClass, english: english.split(',') });
  }
  const reverse = new Map<string, Reverse[]>();
  const entries = new Map<string, EnglishEntry[]>();
  for (const line of dataLines(text)) {
    const [english = '', pos = '', senseText = ''] = line.split('\t');
    const wordClass = POS_CLASSES[pos] ?? 'other';
    const key = english.toLowerCase();
    const translations: string[] = [];
    senseText.split(';').forEach((sense, senseIndex) => {
      sense.split(',').forEach((nob, position) => {
        const lemma = nob.trim().toLowerCase();
        if (!lemma) return;
        translations.push(lemma);
        let list = reverse.get(lemma);
        if (!list) reverse.set(lemma, (list = []));
        list.push({ english, wordClass, sense: senseIndex, position });
      });
    });
    let list = entries.get(key);
    if (!list) entries.set(key, (list = []));
    list.push({ wordClass, translations: [...new Set(translations)] });
  }

  return {
    english(nobLemma, wordClass) {
      const lemma = nobLemma.toLowerCase();
      const all = reverse.get(lemma) ?? [];
      const sameClass = all.filter((r) => r.wordClass === wordClass);
      // WikDict in the same class, then Tolk's additions in the same class, then WikDict, then additions, any class.
      const added = additions.get(lemma) ?? [];
      const addedSameClass = added.find((a) => a.wordClass === wordClass);
      if (sameClass.length === 0 && addedSameClass) return addedSameClass.english;
      if (all.length === 0) return added[0]?.english ?? [];
      // Best first: the lemma as the headword's first sense and first word, then single words, then shorter ones.
      const ranked = (sameClass.length > 0 ? sameClass : all).toSorted(
        (a, b) =>
          a.sense - b.sense ||
          a.position - b.position ||
          a.english.split(' ').length - b.english.split(' ').length ||
          a.english.length - b.english.length ||
          a.english.localeCompare(b.english),
      );
      return [...new Set(ranked.map((r) => r.english))];
    },
    englishEntries: (englishLemma) => entries.get(englishLemma.toLowerCase()) ?? [],
    hasEnglish: (englishLemma) => entries.has(englishLemma.toLowerCase()),
  };
}
