// Finds, for a term the learner picked, its translation in the aligned sentence when the glossary knows both (loaded with the engine).
import type { GlossaryMatch } from '../../core/glossary/types';
import type { Lang } from '../../core/lang';

/**
 * Where the translation of `text` stands in `other` (the aligned sentence in the other language), when `text` is
 * exactly one glossary term and the same entry is found in `other`: what the "Add to glossary" form fills in.
 */
export function translationIn(
  findTerms: (text: string, lang: Lang) => readonly GlossaryMatch[],
  lang: Lang,
  text: string,
  other: string,
): { start: number; end: number } | undefined {
  const whole = findTerms(text, lang).find((match) => match.start === 0 && match.end === text.length);
  if (!whole) return undefined;
  const there = findTerms(other, lang === 'nb' ? 'en' : 'nb').find((match) => match.entryId === whole.entryId);
  return there ? { start: there.start, end: there.end } : undefined;
}
