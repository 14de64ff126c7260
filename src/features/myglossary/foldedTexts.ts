// Each term's folded search text (both terms and the note), remembered by its raw text: when the store is read again
// (any change, in any tab), only new or edited terms are folded again, and a search only scans the folded strings.
import type { PersonalTerm } from '../../core/personal/personalTerm';
import { matchesWords, searchText } from './search';

const rawText = (term: PersonalTerm) => `${term.terms.nb}\n${term.terms.en}\n${term.note}`;

export class FoldedTexts {
  private readonly byRaw = new Map<string, string>();

  /** The folded text of each term, in the same order. */
  textsOf(terms: readonly PersonalTerm[]): string[] {
    const texts = terms.map((term) => this.textOf(term));
    // Edited and deleted terms leave entries behind; once they outnumber the live ones, start afresh from these.
    if (this.byRaw.size > 2 * terms.length + 1000) {
      this.byRaw.clear();
      terms.forEach((term, index) => this.byRaw.set(rawText(term), texts[index] ?? ''));
    }
    return texts;
  }

  textOf(term: PersonalTerm): string {
    const raw = rawText(term);
    let folded = this.byRaw.get(raw);
    if (folded === undefined) {
      folded = searchText(term);
      this.byRaw.set(raw, folded);
    }
    return folded;
  }
}

/**
 * The terms (in their order) that `keep` accepts and whose folded text, `texts[i]` for `terms[i]`, holds every one
 * of the query's folded `words`; one pass, no allocation per term.
 */
export function findTerms<T>(terms: readonly T[], texts: readonly string[] | undefined, words: readonly string[], keep: (term: T) => boolean): T[] {
  const found: T[] = [];
  for (let index = 0; index < terms.length; index++) {
    const term = terms[index] as T;
    if (!keep(term)) continue;
    if (words.length > 0 && !matchesWords(texts?.[index] ?? '', words)) continue;
    found.push(term);
  }
  return found;
}
