// Counts the glossary marks the reader shows in each shipped article, and finds marks that only one language of a sentence pair has.
import { buildGlossaryIndex, findGlossaryMatches } from '../src/core/glossary/matcher.ts';
import { isNameKind, type GlossaryEntry } from '../src/core/glossary/entry.ts';
import { snowballStemmers } from '../src/core/glossary/snowballStemmers.ts';
import type { ArticlePair } from '../src/core/article/types.ts';
import { LANGS, type Lang } from '../src/core/lang.ts';
import { createMarksOf } from '../src/features/glossary/visibleMarks.ts';

export interface MarkCount {
  article: string;
  /** Every match the matcher returns, each a mark and a Tab stop before names were planned. */
  matches: number;
  /** Marks drawn: words, and each name once per block; the same number of Tab stops as long as each mark is one. */
  visible: number;
  names: number;
  repeats: number;
  /** `nb|block.seg|entry`: a mark in one language whose counterpart sentence has none for that entry. */
  oneSided: string[];
}

export function countMarks(article: ArticlePair, entries: readonly GlossaryEntry[]): MarkCount {
  const index = buildGlossaryIndex(entries, snowballStemmers);
  const findTerms = (text: string, lang: Lang) => findGlossaryMatches(index, text, lang);
  const kinds = new Map(entries.map((entry) => [entry.id, entry.kind]));
  const isName = (id: string) => {
    const kind = kinds.get(id);
    return kind !== undefined && isNameKind(kind);
  };
  const marksOf = createMarksOf(article.versions, findTerms, isName);
  const count: MarkCount = { article: article.id, matches: 0, visible: 0, names: 0, repeats: 0, oneSided: [] };
  const segments = (lang: Lang) => [
    { key: 'title', text: article.versions[lang].meta.title, place: { lang, block: -1, seg: 0 } },
    ...article.versions[lang].blocks.flatMap((block, b) => block.segments.map((text, s) => ({ key: `${b}.${s}`, text, place: { lang, block: b, seg: s } }))),
  ];
  const entriesBySegment: Record<Lang, Map<string, Set<string>>> = { nb: new Map(), en: new Map() };
  for (const lang of LANGS) {
    for (const { key, text, place } of segments(lang)) {
      count.matches += findTerms(text, lang).length;
      const marks = marksOf(text, place);
      count.visible += marks.filter((mark) => mark.style !== 'repeat').length;
      count.names += marks.filter((mark) => mark.style === 'name').length;
      count.repeats += marks.filter((mark) => mark.style === 'repeat').length;
      entriesBySegment[lang].set(key, new Set(marks.map((mark) => mark.entryId)));
    }
  }
  for (const [key, nbIds] of entriesBySegment.nb) {
    const enIds = entriesBySegment.en.get(key) ?? new Set<string>();
    for (const id of nbIds) if (!enIds.has(id)) count.oneSided.push(`nb|${key}|${id}`);
    for (const id of enIds) if (!nbIds.has(id)) count.oneSided.push(`en|${key}|${id}`);
  }
  return count;
}
