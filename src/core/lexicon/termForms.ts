// Every written form of a single-word glossary term, from the lexicon: what the glossary matcher marks besides the term.
import type { Lang } from '../lang.ts';
import type { Lexicon, WordClass } from './types.ts';

/** Classes a glossary concept inflects in; function-word readings of the same spelling add nothing but noise. */
const CONTENT: ReadonlySet<WordClass> = new Set(['noun', 'verb', 'adj']);

/**
 * The forms of the term's lemma: the term read as a dictionary form first (bok, gå), else as an inflected form of
 * its likeliest content reading (sanksjoner → sanksjon, tankesmia → tankesmie); a compound the lexicon lacks gets
 * its head's forms after its left parts. Empty for several words, names and unknown words (the rules still apply).
 */
export function termForms(lexicon: Lexicon, term: string, lang: Lang): string[] {
  if (!/^\p{L}+$/u.test(term)) return [];
  const found = lexicon.lookup(term, lang);
  if (found.kind !== 'word') return [];
  const content = found.analyses.filter((a) => CONTENT.has(a.wordClass));
  const lower = term.toLowerCase();
  const asLemma = content.filter((a) => a.lemma.toLowerCase() === lower);
  const lemmas = asLemma.length > 0 ? asLemma.map((a) => a.lemma) : content.slice(0, 1).map((a) => a.lemma);
  const forms = new Set<string>();
  for (const lemma of new Set(lemmas)) {
    for (const form of lexicon.forms(lemma, lang)) forms.add(form);
    const parts = found.compound;
    const head = parts?.at(-1);
    if (forms.size === 0 && parts && head) {
      const prefix = parts
        .slice(0, -1)
        .map((p) => p.text + p.link)
        .join('');
      for (const form of lexicon.forms(head.lemma, lang)) forms.add(prefix + form);
    }
  }
  forms.delete(term);
  return [...forms];
}
