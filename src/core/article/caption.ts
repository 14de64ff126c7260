// Where a photo caption's credit starts: "Foto: … / NTB" names photographers and agencies, which is not text to learn from.

/** The credit opens with one of these labels followed by a colon (bokmål or English). */
const CREDIT = /(?:^|\s)(?:Foto|Photo|Bilde|Illustrasjon|Illustration|Grafikk|Graphic)\s*:/u;

/** Offset in `segment` (a caption line) where its credit starts, or undefined when it has none. */
export function creditStart(segment: string): number | undefined {
  const match = CREDIT.exec(segment);
  if (!match) return undefined;
  return match.index + (match[0].length - match[0].trimStart().length);
}
