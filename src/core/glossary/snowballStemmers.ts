// The Snowball stemmers from @orama/stemmers, ready to pass to buildGlossaryIndex.
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as norwegianStemmer } from '@orama/stemmers/norwegian';
import type { Stemmers } from './matcher';

export const snowballStemmers: Stemmers = { nb: norwegianStemmer, en: englishStemmer };
