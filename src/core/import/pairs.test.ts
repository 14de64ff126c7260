import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../article/types';
import { alignmentProblem, joinWithNext, linkIndexOf, moveBoundary, splitLink, toArticleVersions } from './pairs';
import type { ImportedAlignment } from './types';

const meta = (lang: 'nb' | 'en'): ArticleMeta => ({ id: 'x', lang, title: 'T', source: 'S', date: '2024-01-01', original: 'nb' });
const metas = { nb: meta('nb'), en: meta('en') };

// Two blocks: [N1|E1, N2 N3|E2] and [N4|E3 E4].
const sample: ImportedAlignment = {
  sentences: { nb: ['N1.', 'N2.', 'N3.', 'N4.'], en: ['E1.', 'E2.', 'E3.', 'E4.'] },
  links: [
    { nb: 1, en: 1, block: 'heading' },
    { nb: 2, en: 1 },
    { nb: 1, en: 2, block: 'paragraph' },
  ],
};

const segments = (a: ImportedAlignment) => {
  const versions = toArticleVersions(a, metas);
  return { nb: versions.nb.blocks.map((b) => b.segments), en: versions.en.blocks.map((b) => b.segments) };
};

describe('toArticleVersions', () => {
  it('makes a block per block-starting link and a segment per link, pairing by position', () => {
    expect(segments(sample)).toEqual({
      nb: [['N1.', 'N2. N3.'], ['N4.']],
      en: [['E1.', 'E2.'], ['E3. E4.']],
    });
    expect(toArticleVersions(sample, metas).nb.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
  });

  it('shows a sentence without counterpart opposite an empty segment', () => {
    const a: ImportedAlignment = { sentences: { nb: ['A.', 'B.'], en: ['A.'] }, links: [{ nb: 1, en: 1, block: 'paragraph' }, { nb: 1, en: 0 }] };
    expect(segments(a)).toEqual({ nb: [['A.', 'B.']], en: [['A.', '']] });
  });
});

describe('fixes', () => {
  it('join merges a link with the next, across a block boundary too', () => {
    const joined = joinWithNext(sample, 1);
    expect(joined?.links).toEqual([
      { nb: 1, en: 1, block: 'heading' },
      { nb: 3, en: 3 },
    ]);
    expect(joinWithNext(sample, 2)).toBeNull();
  });

  it('split cuts the other side where its share of characters matches', () => {
    const a: ImportedAlignment = {
      sentences: { nb: ['Kort.', 'En mye lengre setning her.'], en: ['Short.', 'A much longer sentence here.'] },
      links: [{ nb: 2, en: 2, block: 'paragraph' }],
    };
    expect(splitLink(a, 0, 'nb', 1)?.links).toEqual([
      { nb: 1, en: 1, block: 'paragraph' },
      { nb: 1, en: 1 },
    ]);
    expect(splitLink(a, 0, 'nb', 0)).toBeNull();
    expect(splitLink(a, 0, 'nb', 2)).toBeNull();
  });

  it('split of a 2–1 link leaves the single sentence with the part whose length it matches', () => {
    const a: ImportedAlignment = {
      sentences: { nb: ['Dette er den lange setningen som oversettes.', 'Ja.'], en: ['This is the long sentence that is translated.'] },
      links: [{ nb: 2, en: 1, block: 'paragraph' }],
    };
    expect(splitLink(a, 0, 'nb', 1)?.links).toEqual([
      { nb: 1, en: 1, block: 'paragraph' },
      { nb: 1, en: 0 },
    ]);
  });

  it('moving a boundary shifts one sentence on one side only', () => {
    const down = moveBoundary(sample, 0, 'nb', 'down');
    expect(down?.links.slice(0, 2)).toEqual([
      { nb: 2, en: 1, block: 'heading' },
      { nb: 1, en: 1 },
    ]);
    const up = moveBoundary(sample, 1, 'en', 'up');
    expect(up?.links.slice(1)).toEqual([
      { nb: 2, en: 0 },
      { nb: 1, en: 3, block: 'paragraph' },
    ]);
  });

  it('a link emptied by a move disappears, and its block starts at the next link', () => {
    const a: ImportedAlignment = {
      sentences: { nb: ['A.', 'B.'], en: ['A.'] },
      links: [{ nb: 1, en: 1, block: 'paragraph' }, { nb: 1, en: 0, block: 'quote' }],
    };
    expect(moveBoundary(a, 0, 'nb', 'down')?.links).toEqual([{ nb: 2, en: 1, block: 'paragraph' }]);
    const b: ImportedAlignment = {
      sentences: { nb: ['A.', 'B.'], en: ['A.', 'B.'] },
      links: [{ nb: 1, en: 0, block: 'heading' }, { nb: 1, en: 2 }],
    };
    expect(moveBoundary(b, 0, 'nb', 'up')?.links).toEqual([{ nb: 2, en: 2, block: 'heading' }]);
  });

  it('refuses a move with nothing to move', () => {
    const a: ImportedAlignment = { sentences: { nb: ['A.'], en: ['A.', 'B.'] }, links: [{ nb: 1, en: 1, block: 'paragraph' }, { nb: 0, en: 1 }] };
    expect(moveBoundary(a, 0, 'nb', 'down')).toBeNull();
    expect(moveBoundary(a, 1, 'nb', 'down')).toBeNull();
  });

  it('every fix keeps every sentence, in order', () => {
    let a: ImportedAlignment = sample;
    const steps = [
      (x: ImportedAlignment) => moveBoundary(x, 0, 'en', 'down'),
      (x: ImportedAlignment) => splitLink(x, 1, 'nb', 1),
      (x: ImportedAlignment) => joinWithNext(x, 0),
      (x: ImportedAlignment) => moveBoundary(x, 0, 'nb', 'up'),
    ];
    for (const step of steps) {
      a = step(a) ?? a;
      expect(alignmentProblem(a)).toBeNull();
      const s = segments(a);
      expect(s.nb.flat().filter(Boolean).join(' ')).toBe('N1. N2. N3. N4.');
      expect(s.en.flat().filter(Boolean).join(' ')).toBe('E1. E2. E3. E4.');
    }
  });
});

describe('alignmentProblem and linkIndexOf', () => {
  it('names what is wrong with a broken alignment', () => {
    expect(alignmentProblem(sample)).toBeNull();
    expect(alignmentProblem({ ...sample, links: [] })).toBe('no links');
    expect(alignmentProblem({ ...sample, links: [{ nb: 4, en: 4 }] })).toMatch(/first link/);
    expect(alignmentProblem({ ...sample, links: [{ nb: 3, en: 4, block: 'paragraph' }] })).toMatch(/nb: links cover 3 of 4/);
    expect(alignmentProblem({ ...sample, links: [{ nb: 4, en: 4, block: 'paragraph' }, { nb: 0, en: 0 }] })).toMatch(/empty/);
  });

  it('finds the link behind a reader segment', () => {
    expect(linkIndexOf(sample, 0, 1)).toBe(1);
    expect(linkIndexOf(sample, 1, 0)).toBe(2);
    expect(linkIndexOf(sample, 2, 0)).toBe(-1);
  });
});
