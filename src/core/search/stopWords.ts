// The commonest function words of each language: left out of the search index, and out of a query that has other words.
//
// Each is in nearly every article, so it finds nothing worth listing and filters nothing, yet it would be
// the costliest word to look up (every article) and about a sixth of what the index holds. The lists are
// short on purpose: "hvorfor", "både" or "because" stay searchable. A word is left out only in its own
// language's text ("by" is a city in bokmål). English "s" and "t" are what is left of "Putin's" and "don't".
import type { Lang } from '../lang';

const NB = `og i å på er det en et ei av til som for med at de den har ikke seg om var fra han hun vi jeg du dem ham meg oss
sin sitt sine så men eller da nå kan skal vil ble blir bli være vært etter ved også mot over under denne dette disse
hvor når ut opp inn her der noe noen alle mer enn hadde ha`;
const EN = `the a an of to in on at by for with from as and or but not no is are was were be been being has have had do does
did it its this that these those he she they we you i me his her their our them him us will would can could should may
might which who whom what there than then so if about into also more after over under up out s t`;

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/u));

/** Folded (see foldForSearch). */
export const STOP_WORDS: Record<Lang, ReadonlySet<string>> = { nb: words(NB), en: words(EN) };

export function isStopWord(folded: string): boolean {
  return STOP_WORDS.nb.has(folded) || STOP_WORDS.en.has(folded);
}
