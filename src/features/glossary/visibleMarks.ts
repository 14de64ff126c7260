// The marks the reader shows in an article: each block's matches planned together (a name once, nothing in photo credits).
import { creditStart } from '../../core/article/caption';
import type { ArticleVersion, BlockKind } from '../../core/article/types';
import { matchesBefore, planBlockMarks, type PlannedMark } from '../../core/glossary/markPlan';
import type { GlossaryMatch } from '../../core/glossary/types';
import type { Lang } from '../../core/lang';

/** The matcher as engine.ts makes it; declared here so that this file (also used by build/markCounts.ts) needs no JSX. */
type FindTerms = (text: string, lang: Lang) => GlossaryMatch[];

/** A segment's matches that count: in a caption, none inside its credit ("Foto: … / Kreml / AP"). */
export function findInSegment(findTerms: FindTerms, text: string, lang: Lang, kind: BlockKind | undefined): GlossaryMatch[] {
  const matches = findTerms(text, lang);
  return kind === 'caption' ? matchesBefore(matches, creditStart(text)) : matches;
}

export type MarksOf = (text: string, place: { lang: Lang; block: number; seg: number }) => PlannedMark[];

/** Marks per segment, planned block by block and cached; text that is not the article's own (the title) is planned alone. */
export function createMarksOf(versions: Record<Lang, ArticleVersion>, findTerms: FindTerms, isName: (entryId: string) => boolean): MarksOf {
  const plans = new Map<string, PlannedMark[][]>();
  return (text, { lang, block, seg }) => {
    const source = versions[lang].blocks[block];
    if (source?.segments[seg] !== text) return planBlockMarks([findTerms(text, lang)], isName)[0] ?? [];
    const key = `${lang}:${block}`;
    let plan = plans.get(key);
    if (!plan) {
      plan = planBlockMarks(
        source.segments.map((segment) => findInSegment(findTerms, segment, lang, source.kind)),
        isName,
      );
      plans.set(key, plan);
    }
    return plan[seg] ?? [];
  };
}
