// The messages between the page and the lookup worker: a word (with its sentence pair) in, what is known of it out.
import type { Span, SentencePair } from '../../core/counterpart/types';
import type { Lang } from '../../core/lang';
import type { WordLookup } from '../../core/lexicon/types';

export interface LookupQuery {
  word: string;
  lang: Lang;
  /** The aligned sentence pair the word was tapped in, and where it is in its own sentence: asks for counterpart words too. */
  pair?: SentencePair;
  span?: Span;
}

export interface LookupAnswer {
  lookup: WordLookup;
  /** Where the word's translation is in the other sentence of the pair; empty when it has none there, or no pair was given. */
  counterparts: Span[];
}

/** `prepare` hands over the open article's sentence pairs, linked ahead while the worker is idle; `linked` says they are. */
export type WorkerRequest = { id: number; type: 'warm' } | { id: number; type: 'prepare'; pairs: SentencePair[] } | ({ id: number; type: 'lookup' } & LookupQuery);

export type WorkerResponse = { id: number; type: 'ready' } | { id: number; type: 'linked' } | { id: number; type: 'answer'; answer: LookupAnswer } | { id: number; type: 'failed'; reason: string };
