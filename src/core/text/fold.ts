// Folding text for search: case and accents go, the Norwegian letters æ, ø and å stay letters of their own.
const MARKS = /\p{M}/gu;
const RING_ABOVE = '\u030A';
/** A character that may carry an accent: anything but printable ASCII and æ, ø, å (composed). Text without one only needs lower case. */
const MAY_CARRY_ACCENT = /[^\x20-\x7EæøåÆØÅ]/u;

/**
 * Lower case with accents dropped (é → e, ü → u, ñ → n), so "cafe" finds "café". Norwegian letters stay
 * letters of their own: æ and ø have no decomposition, and the ring of å (a + U+030A after NFD) is kept,
 * so "ol" does not find "øl" and "a" does not find "på".
 */
export function foldForSearch(text: string): string {
  if (!MAY_CARRY_ACCENT.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, (mark: string, offset: number, whole: string) => (mark === RING_ABOVE && whole[offset - 1] === 'a' ? mark : ''))
    .normalize('NFC');
}
