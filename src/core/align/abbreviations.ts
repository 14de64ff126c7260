// Bokmål and English abbreviations that end in a dot without ending a sentence, and the rule that asks them.
import type { Lang } from '../lang';

/** Bokmål abbreviations, without their final dot, compared in lower case ("Ca." and "Kap." open sentences too). */
export const NB_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...['f.eks', 'bl.a', 'ca', 'kl', 'nr', 'dvs', 'mill', 'mrd', 'pst', 'jf', 'jfr', 'osv', 'm.m', 'o.l', 'e.l', 'm.fl', 'evt', 'inkl', 'ekskl'],
  ...['st', 'dr', 'prof', 'eng', 'pkt', 'pr', 'kap', 'iflg', 'ifm', 'ift', 'iht', 'mht', 'vha', 'pga', 'hhv', 'vedr', 'tlf', 'avd', 'fig', 'tab'],
  ...['bl.annet', 'forts', 'særl', 'sml', 'ordf', 'adm', 'utg', 'anm', 'ev', 'mv', 'o.a', 'etc'],
]);

/** English abbreviations that are never words, compared in lower case ("Approx." opens sentences). */
export const EN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...['e.g', 'i.e', 'eg', 'ie', 'etc', 'approx', 'vs', 'cf', 'viz', 'ca', 'fig', 'figs', 'ch', 'vol', 'pp', 'sec', 'esp', 'incl', 'dept', 'est'],
  ...['mr', 'mrs', 'ms', 'dr', 'prof', 'jr', 'sr', 'gen', 'col', 'lt', 'rev', 'mt', 'u.s', 'u.k', 'e.u', 'a.k.a', 'n.b'],
]);

/** English abbreviations that are also words or names, so they must be written this way: "No." but not "no.", "St." but not "st.". */
export const EN_EXACT_ABBREVIATIONS: ReadonlySet<string> = new Set(['No', 'St', 'Nos', 'Ave', 'Rd', 'Co', 'Corp', 'Ltd']);

/**
 * Abbreviations that stand before a number in either language ("no. 5", "pkt. 3", "s. 25", "Jan. 5"): before
 * a digit they never end a sentence, whatever their case, even when they are also words.
 */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set([
  ...['no', 'nos', 'nr', 'pkt', 'kap', 'art', 'p', 'pp', 's', 'ss', 'fig', 'tab', 'vol', 'ch', 'sec', 'para', 'pr', 'kl', 'ca', 'approx'],
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'okt', 'nov', 'dec', 'des'],
]);

const WORD_BEFORE_DOT = /[\p{L}\p{N}.]+$/u;

/** Whether the dot after `before` belongs to an abbreviation (or an initial) rather than ending a sentence before `after`. */
export function endsInAbbreviation(before: string, after: string, lang: Lang): boolean {
  const word = WORD_BEFORE_DOT.exec(before)?.[0];
  if (word === undefined) return false;
  // A lone capital is an initial ("Aleksandr G. Lukasjenko"), in either language.
  if (/^\p{Lu}$/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (/^\p{N}/u.test(after) && BEFORE_NUMBER.has(lower)) return true;
  if (lang === 'nb') return NB_ABBREVIATIONS.has(lower);
  return EN_ABBREVIATIONS.has(lower) || EN_EXACT_ABBREVIATIONS.has(word);
}
