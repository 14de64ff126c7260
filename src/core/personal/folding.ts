// Duplicate detection for personal terms: a folding key per language, equal for spellings that are "the same term".
//
// A term folds to: NFC, lower case, typographic apostrophes made straight, punctuation and spaces
// around it dropped («Tankesmie.» = tankesmie), then each word (tokenizer.ts: a run of letters,
// digits and marks) replaced by its Snowball stem, so tankesmie, tankesmien and TANKESMIER agree.
// Between words, any run of whitespace and dashes is one space: "think tank", "think-tank" and
// "Think–tank" agree (learners and newspapers hyphenate freely). Other punctuation between words is
// kept, its whitespace collapsed ("AT&T" ≠ "AT & T"). Nothing strips accents: æ, ø, å stay letters
// of their own, so øl ≠ ol. Closed compounds are not split: "thinktank" ≠ "think tank".
//
// The stem is only as good as Snowball: it joins some derivations (terrorism = terror, news = new)
// and splits some paradigms (leder ≠ lederne). For a "you already have this" hint that is enough;
// the matcher, which needs precision, uses inflection.ts instead.
import type { Lang } from '../lang';
import type { Stemmers } from '../glossary/matcher';
import { foldCase, normalizeGap, termWordSpans } from '../glossary/tokenizer';
import type { PersonalTerm } from './personalTerm';

const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032\uFF07]/gu;
const EDGE_PUNCTUATION = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
const SPACE_OR_DASHES = /^[\s\p{Pd}]+$/u;

/** The key of `text` in `lang`, '' for an empty or punctuation-only text. `stem` must be `lang`'s stemmer; the language itself needs no other rule yet. */
export function foldTerm(text: string, _lang: Lang, stem: (word: string) => string): string {
  const folded = foldCase(text).replace(TYPOGRAPHIC_APOSTROPHES, "'").replace(EDGE_PUNCTUATION, '');
  const spans = termWordSpans(folded);
  const first = spans[0];
  if (first === undefined) return folded.replace(/\s+/gu, ' ');
  let key = folded.slice(0, first[0]);
  let previousEnd = first[0];
  for (const [start, end] of spans) {
    if (start > previousEnd) {
      const gap = folded.slice(previousEnd, start);
      key += SPACE_OR_DASHES.test(gap) ? ' ' : normalizeGap(gap);
    }
    key += stem(folded.slice(start, end));
    previousEnd = end;
  }
  return key + folded.slice(previousEnd);
}

/** Both sides' keys; '' stands for an empty side, which never counts as equal to anything. */
export function foldPair(pair: { nb: string; en: string }, stemmers: Stemmers): { nb: string; en: string } {
  return { nb: foldTerm(pair.nb, 'nb', stemmers.nb), en: foldTerm(pair.en, 'en', stemmers.en) };
}

/** The first existing term whose nb, or whose en, folds like the candidate's (non-empty) side. */
export function findDuplicate(
  candidate: { nb: string; en: string },
  existing: readonly PersonalTerm[],
  stemmers: Stemmers,
): PersonalTerm | undefined {
  const wanted = foldPair(candidate, stemmers);
  if (wanted.nb === '' && wanted.en === '') return undefined;
  return existing.find(
    (term) =>
      (wanted.nb !== '' && foldTerm(term.terms.nb, 'nb', stemmers.nb) === wanted.nb) ||
      (wanted.en !== '' && foldTerm(term.terms.en, 'en', stemmers.en) === wanted.en),
  );
}

/** Items keyed by both folded sides, for checking many candidates (an import) against many terms. */
export class DuplicateIndex<T> {
  private readonly byLang: Record<Lang, Map<string, T>> = { nb: new Map(), en: new Map() };

  constructor(private readonly stemmers: Stemmers) {}

  /** Registers `item` under the keys of `pair`; an earlier item keeps a key it already holds. */
  add(pair: { nb: string; en: string }, item: T): void {
    const keys = foldPair(pair, this.stemmers);
    for (const lang of ['nb', 'en'] as const) {
      const key = keys[lang];
      if (key !== '' && !this.byLang[lang].has(key)) this.byLang[lang].set(key, item);
    }
  }

  /** The item registered under the nb key of `pair`, else under its en key. */
  find(pair: { nb: string; en: string }): T | undefined {
    const keys = foldPair(pair, this.stemmers);
    return (keys.nb === '' ? undefined : this.byLang.nb.get(keys.nb)) ?? (keys.en === '' ? undefined : this.byLang.en.get(keys.en));
  }
}
