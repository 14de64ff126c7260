// Tests for the annotation reader and the link scorer: word indices, sure and possible links, precision, recall, F1.
import { describe, expect, it } from 'vitest';
import { AnnotationError, parseAnnotations } from './evalSet.ts';
import { addScores, figures, linksAsIndices, scoreLinks } from './score.ts';

const FILE = `# a comment
@ demo 1
nb: Fila er allerede lastet ned.
en: The file is already retrieved.
= Fila=file ; ?Fila=The ; er=is ; allerede=already ; lastet+ned=retrieved

@ demo 2
nb: Kopier fil til mappe, og fil til disk.
en: Copy file to folder, and file to disk.
= fil#2=file#2 ; til#2=to#2
`;

describe('parseAnnotations', () => {
  it('reads pairs, resolves words and repeated words to indices, and alternates dev and test', () => {
    const [first, second] = parseAnnotations(FILE);
    expect(first?.pair.en).toBe('The file is already retrieved.');
    expect(first?.links).toContainEqual({ nb: [3, 4], en: [4], sure: true });
    expect(first?.links).toContainEqual({ nb: [0], en: [0], sure: false });
    expect(second?.links).toEqual([
      { nb: [5], en: [5], sure: true },
      { nb: [6], en: [6], sure: true },
    ]);
    expect([first?.split, second?.split]).toEqual(['dev', 'test']);
  });

  it('names the pair and the word when a link points at no word', () => {
    expect(() => parseAnnotations('@ demo 3\nnb: Hei.\nen: Hello.\n= Hei=Hi')).toThrow(AnnotationError);
    expect(() => parseAnnotations('@ demo 3\nnb: Hei.\nen: Hello.\n= Hei=Hi')).toThrow('demo 3: no word "Hi"');
  });
});

describe('scoreLinks', () => {
  const gold = [
    { nb: [0], en: [1], sure: true },
    { nb: [0], en: [0], sure: false },
    { nb: [3, 4], en: [4], sure: true },
  ];

  it('counts word pairs: a possible link is no error, a missing sure link lowers recall', () => {
    const score = scoreLinks(
      [
        { nb: [0], en: [0, 1] },
        { nb: [3], en: [4] },
        { nb: [2], en: [3] },
      ],
      gold,
    );
    expect(score).toEqual({ predicted: 4, correct: 3, sure: 3, found: 2 });
    const { precision, recall, f1 } = figures(score);
    expect(precision).toBeCloseTo(0.75);
    expect(recall).toBeCloseTo(2 / 3);
    expect(f1).toBeCloseTo((2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3));
  });

  it('adds scores over pairs and gives zeros, not NaN, for nothing predicted', () => {
    const total = addScores([scoreLinks([], gold), scoreLinks([{ nb: [0], en: [1] }], gold)]);
    expect(total).toEqual({ predicted: 1, correct: 1, sure: 6, found: 1 });
    expect(figures(scoreLinks([], gold))).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('turns span links into word indices', () => {
    const pair = { nb: 'Fila er her.', en: 'The file is here.' };
    expect(linksAsIndices(pair, [{ nb: [{ start: 0, end: 4 }], en: [{ start: 4, end: 8 }], confidence: 1 }])).toEqual([{ nb: [0], en: [1] }]);
  });
});
