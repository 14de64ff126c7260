// Runs the import's aligner over the evaluation set in this folder and scores it against the gold links, beside pairing by position.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { AlignOptions, AlignmentLink, UnitRole } from '../../src/core/align/align';
import { alignNested } from '../../src/core/align/nested';
import { scoreAlignment, type AlignmentScore } from '../../src/core/align/score';
import { splitSentences } from '../../src/core/align/sentences';

export interface Block {
  kind: string;
  text: string;
}
export interface Section {
  name: string;
  edits: { edit: 'merge' | 'split' | 'drop'; side: 'nb' | 'en'; id: number }[];
  nb: Block[];
  en: Block[];
  gold: { nb: number[]; en: number[] }[];
}
interface CleanPair {
  kind: string;
  nb: string;
  en: string;
}

const read = <T>(name: string): T => JSON.parse(gunzipSync(readFileSync(new URL(name, import.meta.url))).toString('utf8')) as T;
export const loadSections = (): Section[] => read<Section[]>('./sections.json.gz');
export const loadCleanBook = (): CleanPair[] => read<CleanPair[]>('./clean-book.json.gz');

const roleOf = (kind: string): UnitRole => (kind === 'heading' ? 'heading' : kind === 'list' ? 'list' : 'text');

/** The paragraph links the import would make: sentences split per block, roles from the block kinds, nested alignment. */
export function alignBlocks(nb: readonly Block[], en: readonly Block[], options: AlignOptions = {}): AlignmentLink[] {
  const sentencesOf = (blocks: readonly Block[], lang: 'nb' | 'en') => blocks.map((b) => splitSentences(b.text, lang).map(({ start, end }) => b.text.slice(start, end)));
  return alignNested(sentencesOf(nb, 'nb'), sentencesOf(en, 'en'), options, { source: nb.map((b) => roleOf(b.kind)), target: en.map((b) => roleOf(b.kind)) }).paragraphs.links;
}

/** Pairing by position: block k with block k, the longer side's rest alone. */
export function alignByPosition(n: number, m: number): AlignmentLink[] {
  const links: AlignmentLink[] = [];
  for (let k = 0; k < Math.max(n, m); k++) links.push({ source: k < n ? [k] : [], target: k < m ? [k] : [] });
  return links;
}

export const goldOf = (section: Section): AlignmentLink[] => section.gold.map((g) => ({ source: g.nb, target: g.en }));

export interface SectionReport {
  name: string;
  aligner: AlignmentScore;
  position: AlignmentScore;
  drops: number;
  dropsRecovered: number;
}

const key = (link: AlignmentLink) => `${link.source.join(',')}|${link.target.join(',')}`;

export function evaluateSection(section: Section): SectionReport {
  const gold = goldOf(section);
  const predicted = alignBlocks(section.nb, section.en);
  const predictedKeys = new Set(predicted.map(key));
  const drops = gold.filter((link) => link.source.length === 0 || link.target.length === 0);
  return {
    name: section.name,
    aligner: scoreAlignment(predicted, gold),
    position: scoreAlignment(alignByPosition(section.nb.length, section.en.length), gold),
    drops: drops.length,
    dropsRecovered: drops.filter((link) => predictedKeys.has(key(link))).length,
  };
}

/** Wrong links per 1,000 gold links on a clean document, whose gold is block k with block k. */
export function evaluateClean(pairs: readonly CleanPair[]): { links: number; wrong: number; perThousand: number } {
  const predicted = alignBlocks(
    pairs.map((p) => ({ kind: p.kind, text: p.nb })),
    pairs.map((p) => ({ kind: p.kind, text: p.en })),
  );
  const wrong = predicted.filter((link) => !(link.source.length === 1 && link.target.length === 1 && link.source[0] === link.target[0])).length;
  return { links: pairs.length, wrong, perThousand: (1000 * wrong) / pairs.length };
}
