// Which glossary entries an article contains, in order of first appearance (the Norwegian version first, then any only in English); photo credits do not count.
import type { ArticleVersion } from '../../core/article/types';
import type { Lang } from '../../core/lang';
import type { FindTerms } from './engine';
import { findInSegment } from './visibleMarks';

/**
 * How long one task matches before it yields: a long article takes a few hundred milliseconds in all. Short, because
 * on a phone a task of this many milliseconds here takes several times as long (and a busy core stretches it further).
 */
const TASK_MS = 4;

/** Each piece of text the matcher reads, in the order entries are listed: both titles' and blocks' sentences, per language. */
function* pieces(versions: Record<Lang, ArticleVersion>, findTerms: FindTerms) {
  for (const lang of ['nb', 'en'] as const) {
    const { meta, blocks } = versions[lang];
    yield () => findTerms(meta.title, lang);
    for (const block of blocks) for (const text of block.segments) yield () => findInSegment(findTerms, text, lang, block.kind);
  }
}

/**
 * Matches a few milliseconds per task (in one go, a long article's took a task of 150 ms; the matcher caches each sentence,
 * so the marks then render from its cache): calls `done` with the entries' ids. Returns a function that stops it.
 */
export function termsInArticle(versions: Record<Lang, ArticleVersion>, findTerms: FindTerms, done: (ids: string[]) => void): () => void {
  const seen = new Set<string>();
  const todo = pieces(versions, findTerms);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    const until = performance.now() + TASK_MS;
    for (let next = todo.next(); !next.done; next = todo.next()) {
      for (const match of next.value()) seen.add(match.entryId);
      if (performance.now() > until) {
        timer = setTimeout(run);
        return;
      }
    }
    done([...seen]);
  };
  timer = setTimeout(run);
  return () => clearTimeout(timer);
}
