// The sentence pair a term to add comes from, as it reads in both versions (the selection itself is read by pickedText.ts).
import type { ArticleVersion } from '../../core/article/types';
import type { Lang } from '../../core/lang';
import type { PersonalTermContext } from '../../core/personal/personalTerm';

/** The sentence pair at "block.seg", as it reads in both versions. */
export function sentencePair(articleId: string, versions: Record<Lang, ArticleVersion>, segKey: string): PersonalTermContext | undefined {
  const [block = NaN, seg = NaN] = segKey.split('.').map(Number);
  const sentence = (lang: Lang) => (block === -1 ? versions[lang].meta.title : versions[lang].blocks[block]?.segments[seg]);
  const nb = sentence('nb');
  const en = sentence('en');
  return nb !== undefined && en !== undefined ? { articleId, block, seg, nb, en } : undefined;
}
