// Test helper: an article version from a title and paragraphs, for tests of search and the store (the app never uses it).
import type { Lang } from '../lang';
import type { ArticleVersion } from './types';

/** Each paragraph is one segment, or several given as an array. */
export function testVersion(lang: Lang, title: string, paragraphs: readonly (string | readonly string[])[]): ArticleVersion {
  return {
    meta: { id: 'x', lang, title, source: 'Avis', date: '2024-03-25', original: 'nb', translation: lang === 'nb' ? 'original' : 'tolk' },
    blocks: paragraphs.map((paragraph) => ({ kind: 'paragraph', segments: typeof paragraph === 'string' ? [paragraph] : [...paragraph] })),
    blockLines: [],
    words: 0,
  };
}
