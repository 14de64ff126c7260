// Which glossary entries an article contains, in order of first appearance (the Norwegian version first, then any only in English).
import type { ArticleVersion } from '../../core/article/types';
import type { Lang } from '../../core/lang';
import type { FindTerms } from './engine';

export function termsInArticle(versions: Record<Lang, ArticleVersion>, findTerms: FindTerms): string[] {
  const seen = new Set<string>();
  for (const lang of ['nb', 'en'] as const) {
    const { meta, blocks } = versions[lang];
    for (const text of [meta.title, ...blocks.flatMap((b) => b.segments)]) {
      for (const match of findTerms(text, lang)) seen.add(match.entryId);
    }
  }
  return [...seen];
}
