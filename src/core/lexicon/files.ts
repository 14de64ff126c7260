// The lexicon's data files: their names under public/lexicon (the version is in the name) and the texts a loader gets.

/** File names under public/lexicon; a new format or rebuild gets a new version, so caches never mix them. */
export const LEXICON_FILE_NAMES = {
  nob: 'nob.v1.txt',
  engNor: 'eng-nor.v1.txt',
  eng: 'eng.v2.txt',
  nobEng: 'nob-eng.v2.txt',
  nobEngDan: 'nob-eng-dan.v1.txt',
} as const;

/** The text of each data file, as fetched (browser) or read (Node). */
export interface LexiconFiles {
  /** Bokmål forms: tag sets, inflection patterns, lemmas (from apertium-nno-nob). */
  nob: string;
  /** English–Norwegian glosses (WikDict). */
  engNor: string;
  /** English lemma data: irregular forms and WordNet lemmas with their parts of speech (via wink-lexicon). */
  eng: string;
  /**
   * Bokmål -> English glosses Tolk adds where WikDict has none: hand-written function words and cognates checked
   * against WordNet (installere -> install). Optional: without it, fewer words have a gloss.
   */
  nobEng?: string;
  /**
   * Bokmål -> English glosses through Danish (apertium-dan-nor's lemma pairs, FreeDict Danish–English), for lemmas
   * neither WikDict nor Tolk's additions gloss. Optional.
   */
  nobEngDan?: string;
}

/** The data lines of a file: header and section lines (starting with "#") and blank lines dropped. */
export function dataLines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0 && !line.startsWith('#'));
}
