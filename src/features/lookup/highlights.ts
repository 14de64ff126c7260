// Lights words without touching the DOM: the CSS Custom Highlight API paints ranges, so a tap never re-renders a pane.
export type HighlightName = 'tolk-word' | 'tolk-counterpart';

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export function light(name: HighlightName, ranges: readonly Range[]): void {
  if (!supported()) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

export function clearLights(): void {
  light('tolk-word', []);
  light('tolk-counterpart', []);
}

/** The text each range of a highlight covers, in document order (for tests and for naming the counterpart). */
export function litText(name: HighlightName): string[] {
  if (!supported()) return [];
  const highlight = CSS.highlights.get(name);
  return highlight ? [...highlight].map((range) => range.toString()) : [];
}
