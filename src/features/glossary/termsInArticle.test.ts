import { describe, expect, it } from 'vitest';
import type { ArticleVersion } from '../../core/article/types';
import type { Lang } from '../../core/lang';
import { termsInArticle } from './termsInArticle';

const version = (lang: Lang, title: string, sentences: string[]): ArticleVersion => ({
  meta: { id: 'a', lang, title, source: 's', date: '2024-01-01', original: 'nb' },
  blocks: sentences.map((text) => ({ kind: 'paragraph', segments: [text] })),
  blockLines: sentences.map((_, i) => i + 1),
  words: 0,
});

/** Finds each word of the form "tN" as entry N. */
const findTerms = (text: string) => [...text.matchAll(/t(\d+)/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, entryId: `e${m[1]}` }));

describe('termsInArticle', () => {
  it('lists each entry once, in order of first appearance, the Norwegian version first, and can be stopped', async () => {
    const versions = { nb: version('nb', 't3', ['t1 t2', 't1']), en: version('en', 't4', Array.from({ length: 2000 }, (_, i) => `t${5 + (i % 3)}`)) };
    const ids = await new Promise<string[]>((done) => termsInArticle(versions, findTerms, done));
    expect(ids).toEqual(['e3', 'e1', 'e2', 'e4', 'e5', 'e6', 'e7']);

    let called = false;
    termsInArticle(versions, findTerms, () => (called = true))();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(called).toBe(false);
  });
});
