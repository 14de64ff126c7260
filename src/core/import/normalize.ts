// Normalising the characters of a cleaned block: one kind of space, no invisible characters, consistent quotes.
//
// Only spacing and punctuation change; letters and digits are left as they are (after NFC, which only
// recomposes them), so a word of the source is a word of the result.
import type { Lang } from '../lang';

/** Soft hyphen, zero-width space, non-joiner and joiner, word joiner, and a stray byte-order mark. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
/** JavaScript's \s covers NBSP, the thin and narrow spaces, the ideographic space and the line separators. */
const SPACES = /\s+/gu;
/** A straight or modifier-letter apostrophe after a letter: Putin's, IS' fløy. */
const APOSTROPHE = /(?<=[\p{L}\p{M}])['ʼ]/gu;

/** The characters pairQuotes may change or must see (“ and ” close a low opener). */
const QUOTE_CHARACTER = /["„‟″“”]/u;

const QUOTES: Record<Lang, { open: string; close: string }> = {
  nb: { open: '«', close: '»' },
  en: { open: '“', close: '”' },
};

export function normalizeText(text: string, lang: Lang): string {
  const plain = text.replace(INVISIBLE, '').normalize('NFC').replace(SPACES, ' ').trim();
  // The look-behind is slow to scan for; most blocks have no straight apostrophe to replace.
  const curled = plain.includes("'") || plain.includes('ʼ') ? plain.replace(APOSTROPHE, '’') : plain;
  return pairQuotes(curled, lang);
}

/**
 * Straight double quotes (and „ ‟ ″ used as quotes) become the language's pair when they pair up: openers and
 * closers alternate and none is left over. When they do not, they are left as typed rather than guessed at.
 */
function pairQuotes(text: string, lang: Lang): string {
  // Most blocks hold no quote to pair; splitting each into characters was a third of the cleaning's time.
  if (!QUOTE_CHARACTER.test(text)) return text;
  const { open, close } = QUOTES[lang];
  const chars = text.split('');
  // The kind of opener waiting for its closer: a low „ or ‟, or a straight one.
  let opener: 'low' | 'straight' | undefined;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (char === undefined || !QUOTE_CHARACTER.test(char)) continue;
    const afterDigit = /\d/.test(chars[i - 1] ?? '');
    if (char === '„' || char === '‟') {
      if (opener) return text;
      opener = 'low';
      chars[i] = open;
    } else if (char === '"' || (char === '″' && !afterDigit)) {
      if (opener) {
        chars[i] = close;
        opener = undefined;
      } else if (!afterDigit) {
        // 12" after a digit outside a quotation is inches, not a quote.
        opener = 'straight';
        chars[i] = open;
      }
    } else if ((char === '“' || char === '”') && opener === 'low') {
      // „…“ is the German and Nordic low-high pair; its closer follows the opener we have chosen.
      chars[i] = close;
      opener = undefined;
    }
  }
  return opener ? text : chars.join('');
}
