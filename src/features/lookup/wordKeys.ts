// The keyboard's current word in the focused sentence: W and B step through its words, lit as they go.
import { stepWord } from '../../core/text/wordAt';
import { sentenceOf } from './domText';
import { light } from './highlights';
import { targetFor, type WordTarget } from './wordTarget';

/** The word after (W) or before (B) `current` in the sentence element, lit; null past either end. */
export function stepFrom(element: HTMLElement, current: WordTarget | null, key: 'w' | 'b'): WordTarget | null {
  const place = sentenceOf(element);
  if (!place) return null;
  const from = current?.sentence === element ? current.span : undefined;
  const span = stepWord(element.textContent ?? '', from, key === 'w' ? 1 : -1);
  const target = (span && targetFor(place, span)) ?? null;
  light('tolk-word', target ? [target.range] : []);
  return target;
}

export function unlightWord(): void {
  light('tolk-word', []);
}
