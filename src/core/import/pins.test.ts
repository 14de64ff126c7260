// Pins: they name a pair by its sentences, survive fixes elsewhere, drop when their pair is changed, and hold through a re-alignment.
import { describe, expect, it } from 'vitest';
import { joinWithNext, moveBoundary, splitLink } from './pairs';
import { linkOfPin, pinsAfterFix, pinsProblem, togglePin } from './pins';
import { realignAroundPins, type StretchAligner } from './realign';
import type { ImportedAlignment } from './types';

const alignment: ImportedAlignment = {
  sentences: { nb: ['N0', 'N1', 'N2', 'N3', 'N4', 'N5'], en: ['E0', 'E1', 'E2', 'E3', 'E4', 'E5'] },
  links: [
    { nb: 1, en: 1, block: 'paragraph' },
    { nb: 1, en: 1 },
    { nb: 1, en: 1, block: 'paragraph' },
    { nb: 1, en: 1 },
    { nb: 1, en: 1 },
    { nb: 1, en: 1 },
  ],
};

/** The pairs as text, to compare alignments at a glance. */
function pairsOf(a: ImportedAlignment): string[] {
  const cursor = { nb: 0, en: 0 };
  return a.links.map((link) => {
    const text = `${a.sentences.nb.slice(cursor.nb, cursor.nb + link.nb).join('+')}|${a.sentences.en.slice(cursor.en, cursor.en + link.en).join('+')}`;
    cursor.nb += link.nb;
    cursor.en += link.en;
    return text;
  });
}

describe('pins', () => {
  it('pin and unpin a pair by toggling', () => {
    const pins = togglePin(alignment, [], 2);
    expect(pins).toEqual([{ nb: { start: 2, count: 1 }, en: { start: 2, count: 1 } }]);
    expect(togglePin(alignment, pins, 2)).toEqual([]);
  });

  it('a fix elsewhere keeps the pin, even when the pinned pair moves in the list', () => {
    const pins = togglePin(alignment, [], 3);
    const joined = joinWithNext(alignment, 0);
    expect(joined).not.toBeNull();
    if (!joined) return;
    expect(pinsAfterFix(joined, pins)).toEqual({ kept: pins, dropped: 0 });
    const [pin] = pins;
    if (pin) expect(linkOfPin(joined, pin)).toBe(2);
  });

  it('a fix that changes the pinned pair drops its pin and says how many were dropped', () => {
    const both = togglePin(alignment, togglePin(alignment, [], 3), 0);
    const moved = moveBoundary(alignment, 2, 'en', 'up');
    if (!moved) throw new Error('move refused');
    expect(pinsAfterFix(moved, both)).toEqual({ kept: [both[0]], dropped: 1 });
    const joined = joinWithNext(alignment, 3);
    const split = joined && splitLink(joined, 3, 'nb', 1);
    if (!split) throw new Error('split refused');
    expect(pinsAfterFix(split, both).kept).toHaveLength(2);
  });

  it('a stored pin must name one of the alignment links', () => {
    expect(pinsProblem(alignment, togglePin(alignment, [], 1))).toBeNull();
    expect(pinsProblem(alignment, [{ nb: { start: 1, count: 2 }, en: { start: 1, count: 1 } }])).toMatch(/pin 0/);
  });
});

describe('realignAroundPins', () => {
  // A deliberately wrong pairing: every English sentence shifted down by one.
  const drifted: ImportedAlignment = {
    sentences: alignment.sentences,
    links: [{ nb: 1, en: 0, block: 'paragraph' }, { nb: 1, en: 1 }, { nb: 1, en: 1 }, { nb: 1, en: 1, block: 'paragraph' }, { nb: 1, en: 1 }, { nb: 1, en: 1 }, { nb: 0, en: 1 }],
  };
  // Pairs sentence i with sentence i, so what it produces is plain to check; 1–0 / 0–1 for the rest.
  const oneToOne: StretchAligner = (nbParagraphs, enParagraphs) => {
    const [nb, en] = [nbParagraphs.flat(), enParagraphs.flat()];
    return Array.from({ length: Math.max(nb.length, en.length) }, (_, i) => ({ nb: i < nb.length ? 1 : 0, en: i < en.length ? 1 : 0 }));
  };

  it('keeps the pinned pair and re-pairs what lies between the pins, losing no sentence', () => {
    // The learner pins N3|E2 (a loose pair they know belongs together) and re-aligns.
    const pins = togglePin(drifted, [], 3);
    expect(pairsOf(drifted)[3]).toBe('N3|E2');
    const result = realignAroundPins(drifted, pins, oneToOne);
    expect(result).not.toBeNull();
    if (!result) return;
    expect(pairsOf(result)).toEqual(['N0|E0', 'N1|E1', 'N2|', 'N3|E2', 'N4|E3', 'N5|E4', '|E5']);
    expect(pinsAfterFix(result, pins)).toEqual({ kept: pins, dropped: 0 });
    expect(result.links[3]).toEqual(drifted.links[3]);
    expect(result.sentences).toBe(drifted.sentences);
  });

  it('starts a paragraph where a sentence on either side began one', () => {
    // In the drifted pairing the Norwegian paragraph began at N3 and the English one at E2.
    const result = realignAroundPins(drifted, [], oneToOne);
    expect(result?.links.map((l) => l.block)).toEqual(['paragraph', undefined, 'paragraph', 'paragraph', undefined, undefined]);
  });

  it('with the real aligner: pins hold and every sentence is still there once', () => {
    const nb = ['Ferja går klokka åtte.', 'Den koster 40 kroner.', 'Oslo kommune betaler resten.', 'Mange reiser med den hver dag.'];
    const en = ['The ferry leaves at eight.', 'It costs 40 kroner.', 'Oslo municipality pays the rest.', 'Many travel on it every day.'];
    const wrong: ImportedAlignment = { sentences: { nb, en }, links: [{ nb: 2, en: 1, block: 'paragraph' }, { nb: 1, en: 2 }, { nb: 1, en: 1 }] };
    const pins = togglePin(wrong, [], 2);
    const result = realignAroundPins(wrong, pins);
    expect(result).not.toBeNull();
    if (!result) return;
    expect(pairsOf(result)).toEqual(nb.map((sentence, i) => `${sentence}|${en[i]}`));
    expect(pinsAfterFix(result, pins).dropped).toBe(0);
  });

  it('refuses a stretch aligner that loses a sentence', () => {
    expect(realignAroundPins(drifted, [], () => [{ nb: 1, en: 1 }])).toBeNull();
  });
});
