// Where the lexicon's data comes from, for the About page: name, version, licence and source of each data file.

export interface DataCredit {
  /** What the data is called by its makers. */
  name: string;
  version: string;
  /** SPDX identifier of the licence. */
  licence: string;
  /** Where it comes from (package and project). */
  source: string;
  /** Which of Tolk's files holds it (under public/lexicon). */
  file: string;
}

export const LEXICON_CREDITS: readonly DataCredit[] = [
  {
    name: 'Apertium Norwegian Nynorsk–Bokmål: bokmål morphological analyser',
    version: '1.5.0-1',
    licence: 'GPL-2.0-or-later',
    source: 'Debian package apertium-nno-nob (https://github.com/apertium/apertium-nno-nob)',
    file: 'nob.v1.txt',
  },
  {
    name: 'FreeDict English–Norwegian (WikDict, from Wiktionary)',
    version: '2022.11.18 (Debian 2022.12.07-2)',
    licence: 'CC-BY-SA-3.0',
    source: 'Debian package dict-freedict-eng-nor (https://freedict.org, https://www.wikdict.com)',
    file: 'eng-nor.v1.txt',
  },
  {
    name: 'wink-lexicon: English irregular forms and lemmas with their parts of speech (from WordNet 3.0)',
    version: '2.2.0',
    licence: 'MIT',
    source: 'npm package wink-lexicon, used by wink-lemmatizer (https://github.com/winkjs/wink-lexicon)',
    file: 'eng.v2.txt',
  },
  {
    name: 'Tolk: bokmål function-word glosses and cognates checked against WordNet 3.0 words',
    version: '2',
    licence: 'MIT',
    source: 'scripts/lexicon (functionWords.tsv, compileCognates.mjs) with the word list of npm wink-lexicon 2.2.0',
    file: 'nob-eng.v2.txt',
  },
  {
    name: 'Bokmål–English glosses through Danish: Apertium Danish–Norwegian lemma pairs with FreeDict Danish–English and English–Danish',
    version: 'apertium-dan-nor 1.5.0-2, FreeDict dan-eng 0.3.1 and eng-dan 0.1.0 (Debian 2022.04.21-1)',
    licence: 'GPL-3.0-or-later',
    source:
      'Debian packages apertium-dan-nor (https://github.com/apertium/apertium-dan-nor, GPL-2.0-or-later), dict-freedict-dan-eng and dict-freedict-eng-dan (https://freedict.org, GPL-3.0-or-later or CC-BY-SA-3.0)',
    file: 'nob-eng-dan.v1.txt',
  },
];
