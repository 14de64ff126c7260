// Looks up a written bokmål word: case variants, genitive -s, numbers, names, and compounds the dictionary lacks.
import type { Glosses } from './glosses.ts';
import { rankedAnalyses } from './nobAnalyses.ts';
import type { NobForms, NobReading } from './nobForms.ts';
import { entryClass } from './nobClasses.ts';
import type { Analysis, CompoundPart, WordClass, WordLookup } from './types.ts';

const NUMBER = /^[+-]?\d[\d\s.,:%/–-]*$|^\d/u;
const CAPITALISED = /^\p{Lu}/u;
/** Classes a compound's left part can have (not "på" + "stand": prepositions and pronouns are not compound stems). */
const LEFT_CLASSES: ReadonlySet<WordClass> = new Set(['noun', 'verb', 'adj', 'adv', 'num']);
const LINKS = ['', 's', 'e'] as const;
/** Classes whose unglossed words are worth splitting into glossed parts. */
const SPLITTABLE: ReadonlySet<WordClass> = new Set(['noun', 'verb', 'adj']);
const MIN_PART = 3;
const ANALYSES_CACHE_LIMIT = 5_000;

interface Split {
  parts: CompoundPart[];
  head: Analysis[];
}

export interface NobLookup {
  lookup(word: string): WordLookup;
  /** Analyses of the word alone, without compound splitting (used for compound parts). */
  analyses(word: string): Analysis[];
}

export function createNobLookup(forms: NobForms, glosses: Glosses): NobLookup {
  function readingsOf(word: string): NobReading[] {
    const lower = word.toLowerCase();
    const variants = new Set([word, lower]);
    if (word === word.toUpperCase() && word.length > 1) variants.add(word.charAt(0) + lower.slice(1));
    const found = [...variants].flatMap((v) => forms.readings(v));
    if (found.length > 0) return found;
    // Genitive: "regjeringens", "Norges" are the forms without the -s (or the apostrophe after s, x, z).
    const stripped = /(?<=\p{L}{2})s$/u.test(word) ? word.slice(0, -1) : /[sxz]'$/u.test(word) ? word.slice(0, -1) : '';
    if (!stripped) return [];
    const genitive = [stripped, stripped.toLowerCase()].flatMap((v) => forms.readings(v));
    return genitive.filter((r) => ['noun', 'propn'].includes(entryClass(forms, r.entry)));
  }

  // Splitting a long word asks for the same substrings again and again (each cut, each link, two levels deep).
  const analysesCache = new Map<string, Analysis[]>();
  function analyses(word: string): Analysis[] {
    const cached = analysesCache.get(word);
    if (cached) return cached;
    const found = rankedAnalyses(forms, glosses, readingsOf(word));
    if (analysesCache.size >= ANALYSES_CACHE_LIMIT) analysesCache.clear();
    analysesCache.set(word, found);
    return found;
  }

  function leftPart(text: string, link: string): CompoundPart | undefined {
    const entries = forms.entriesOf(text).filter((e) => LEFT_CLASSES.has(entryClass(forms, e)));
    if (entries.length === 0) return undefined;
    const best = analyses(text).find((a) => a.lemma === text && LEFT_CLASSES.has(a.wordClass));
    return { text, lemma: text, link, glosses: best?.glosses ?? [] };
  }

  /**
   * Longest known left part first, then a linking letter ("", s, e); the right part must be a known word (or split
   * again, two levels deep), analysed for inflection. The first split whose parts all have a gloss wins
   * (sikkerhet+s+pakt "security + pact" over sikkerhet+spakt); without one, the first split found.
   */
  function split(word: string, depth: number): Split | undefined {
    const lower = word.toLowerCase();
    let first: Split | undefined;
    for (let cut = lower.length - MIN_PART; cut >= MIN_PART - 1; cut--) {
      for (const link of LINKS) {
        const right = lower.slice(cut + link.length);
        if (right.length < MIN_PART || !lower.startsWith(link, cut)) continue;
        const left = leftPart(lower.slice(0, cut), link);
        if (!left) continue;
        const found = splitAt(left, right, depth);
        if (!found) continue;
        if (found.parts.every((p) => p.glosses.length > 0)) return found;
        first ??= found;
      }
    }
    return first;
  }

  function splitAt(left: CompoundPart, right: string, depth: number): Split | undefined {
    // A head with a gloss goes first (oppsettsfila: fil "file", not the unglossed verb file); else the usual rank.
    const head = analyses(right)
      .filter((a) => a.wordClass !== 'propn')
      .sort((a, b) => Number(b.glosses.length > 0) - Number(a.glosses.length > 0));
    if (head[0]) return { parts: [left, { text: right, lemma: head[0].lemma, link: '', glosses: head[0].glosses }], head };
    if (depth === 0) return undefined;
    const inner = split(right, depth - 1);
    return inner && { parts: [left, ...inner.parts], head: inner.head };
  }

  /** The compound's own analyses: its head's readings with the left parts written before lemma and main forms. */
  function compoundAnalyses(parts: CompoundPart[], head: Analysis[]): Analysis[] {
    const prefix = parts
      .slice(0, -1)
      .map((p) => p.text + p.link)
      .join('');
    const prefixed = (forms: string) =>
      forms
        .split('/')
        .map((f) => (f ? prefix + f : f))
        .join('/');
    return head.map((a) => ({ ...a, lemma: prefix + a.lemma, mainForms: a.mainForms.map(prefixed), glosses: [] }));
  }

  function hyphenated(word: string): WordLookup | undefined {
    const pieces = word.split('-').filter((p) => p.length > 0);
    if (pieces.length < 2) return undefined;
    const parts: CompoundPart[] = pieces.map((text, i) => {
      const best = analyses(text)[0];
      return { text, lemma: best?.lemma ?? text, link: i < pieces.length - 1 ? '-' : '', glosses: best?.glosses ?? [] };
    });
    const last = pieces.at(-1) ?? '';
    const head = analyses(last);
    const lemmaPrefix = word.slice(0, word.length - last.length);
    return {
      word,
      lang: 'nb',
      kind: 'word',
      analyses: head.map((a) => ({ ...a, lemma: lemmaPrefix + a.lemma, glosses: [] })),
      compound: parts,
    };
  }

  function lookup(word: string): WordLookup {
    if (NUMBER.test(word)) return { word, lang: 'nb', kind: 'number', analyses: [] };
    const found = analyses(word);
    const capitalised = CAPITALISED.test(word);
    if (found.length > 0) {
      const commonWord = found.some((a) => a.wordClass !== 'propn');
      const result: WordLookup = { word, lang: 'nb', kind: capitalised && !commonWord ? 'name' : 'word', analyses: found };
      // A compound the analyser knows but the glosses do not (varetektsfengslet): its parts carry the meaning.
      const unglossed = found.every((a) => a.glosses.length === 0) && SPLITTABLE.has(found[0]?.wordClass ?? 'other');
      const parts = unglossed && word.length >= 2 * MIN_PART ? split(word, 2)?.parts : undefined;
      if (parts) result.compound = parts;
      return result;
    }
    if (word.includes('-')) {
      const result = hyphenated(word);
      if (result) return result;
    }
    const compound = word.length >= 2 * MIN_PART ? split(word, 2) : undefined;
    if (compound) {
      const kind = capitalised && compound.head.every((a) => a.wordClass === 'propn') ? 'name' : 'word';
      return { word, lang: 'nb', kind, analyses: compoundAnalyses(compound.parts, compound.head), compound: compound.parts };
    }
    return { word, lang: 'nb', kind: capitalised ? 'name' : 'word', analyses: [] };
  }

  return { lookup, analyses };
}
