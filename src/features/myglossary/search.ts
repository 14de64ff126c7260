// Finding and ordering terms on My glossary: accent-insensitive search that keeps æ, ø and å apart, A–Z by the UI language.
import { otherLang, type Lang } from '../../core/lang';
import { foldForSearch } from '../../core/text/fold';
import type { PersonalTerm } from '../../core/personal/personalTerm';

/** The folded words of a query; a term matches when its text contains every one of them. */
export function queryWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/u).filter((word) => word !== '');
}

/** Both terms and the note, folded, as one text to search in. */
export function searchText(term: PersonalTerm): string {
  return foldForSearch(`${term.terms.nb}\n${term.terms.en}\n${term.note}`);
}

export function matchesWords(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word));
}

export type SortOrder = 'newest' | 'alpha';

/**
 * A sorted copy. `alpha` compares the term in the UI language (the other one when that side is empty) with
 * that language's collation, so æ, ø, å come after z in bokmål; ties go to the other language, then newest first.
 */
export function sortTerms(terms: readonly PersonalTerm[], order: SortOrder, lang: Lang): PersonalTerm[] {
  const sorted = [...terms];
  if (order === 'newest') return sorted.sort((a, b) => b.createdAt - a.createdAt);
  const collator = new Intl.Collator(lang, { numeric: true });
  const other = otherLang(lang);
  const key = (term: PersonalTerm) => term.terms[lang] || term.terms[other];
  return sorted.sort(
    (a, b) => collator.compare(key(a), key(b)) || collator.compare(a.terms[other], b.terms[other]) || b.createdAt - a.createdAt,
  );
}

/** How a term is named in buttons and notices: the Norwegian term, or the English one when there is none. */
export function termName(term: Pick<PersonalTerm, 'terms'>): { text: string; lang: Lang } {
  return term.terms.nb !== '' ? { text: term.terms.nb, lang: 'nb' } : { text: term.terms.en, lang: 'en' };
}
