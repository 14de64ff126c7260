// Which glossary entries an article contains, in order of first appearance (the Norwegian version first, then any only in English); photo credits do not count.
import type { ArticleVersion } from '../../core/article/types';
import type { Lang } from '../../core/lang';
import type { FindTerms } from './engine';
import { findInSegment } from './visibleMarks';

export function termsInArticle(versions: Record<Lang, ArticleVersion>, findTerms: FindTerms): string[] {
  const seen = new Set<string>();
  for (const lang of ['nb', 'en'] as const) {
    const { meta, blocks } = versions[lang];
    for (const match of findTerms(meta.title, lang)) seen.add(match.entryId);
    for (const block of blocks) {
      for (const text of block.segments) for (const match of findInSegment(findTerms, text, lang, block.kind)) seen.add(match.entryId);
    }
  }
  return [...seen];
}
