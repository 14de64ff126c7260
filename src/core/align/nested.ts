// Two-level alignment: paragraphs first, then the sentences inside each linked group of paragraphs.
import { alignPrepared, type AlignOptions, type Alignment, type AlignmentLink, type PreparedUnits, type UnitRole } from './align';
import { featuresOf, joinedFeatures, KeyInterner, type UnitFeatures } from './features';

export interface NestedAlignment {
  paragraphs: Alignment;
  /** Sentence links with indices into the flattened sentence lists (all paragraphs' sentences in order). */
  sentences: AlignmentLink[];
}

// Aligning sentences inside paragraph links keeps a dropped paragraph's sentences together as 1–0 links;
// a flat sentence alignment would rather glue them, a few at a time, onto neighbours of similar length.
// The sentence passes reuse the length model fitted on the paragraphs, which have far more text to fit it on.
export function alignNested(
  source: readonly (readonly string[])[],
  target: readonly (readonly string[])[],
  options: AlignOptions = {},
  roles?: { readonly source: readonly UnitRole[]; readonly target: readonly UnitRole[] },
  onProgress: (share: number) => void = () => {},
): NestedAlignment {
  // Each sentence is read once (anchors, word keys); a paragraph's features are the union of its sentences'.
  const interner = new KeyInterner();
  const read = (side: readonly (readonly string[])[], name: 'source' | 'target') =>
    side.map((sentences) => sentences.map((sentence) => featuresOf(sentence, interner, options.wordKeys?.keysOf(sentence, name))));
  const sourceFeatures = read(source, 'source');
  const targetFeatures = read(target, 'target');
  const paragraphsOf = (side: readonly (readonly string[])[], features: readonly (readonly UnitFeatures[])[]): PreparedUnits => ({
    lengths: side.map((sentences) => sentences.join(' ').trim().length),
    features: features.map(joinedFeatures),
  });
  const paragraphs = alignPrepared(paragraphsOf(source, sourceFeatures), paragraphsOf(target, targetFeatures), roles ? { ...options, roles } : options);
  const sourceStarts = startsOf(source);
  const targetStarts = startsOf(target);
  const sentences: AlignmentLink[] = [];
  // The paragraph pass is about half the work; the sentence passes report as they go through the links.
  onProgress(0.5);
  const every = Math.max(1, Math.floor(paragraphs.links.length / 20));
  for (const [index, link] of paragraphs.links.entries()) {
    if (index % every === 0) onProgress(0.5 + (0.5 * index) / paragraphs.links.length);
    const sourceIndices = link.source.flatMap((p) => indicesOf(source, sourceStarts, p));
    const targetIndices = link.target.flatMap((p) => indicesOf(target, targetStarts, p));
    if (sourceIndices.length === 0 || targetIndices.length === 0) {
      for (const index of sourceIndices) sentences.push({ source: [index], target: [] });
      for (const index of targetIndices) sentences.push({ source: [], target: [index] });
      continue;
    }
    if (sourceIndices.length === 1 && targetIndices.length === 1) {
      // One sentence on each side: the paragraph link is the sentence link (a sentence pass would only cost time).
      sentences.push({ source: sourceIndices, target: targetIndices });
      continue;
    }
    const sentencesOf = (side: readonly (readonly string[])[], features: readonly (readonly UnitFeatures[])[], group: readonly number[]): PreparedUnits => ({
      lengths: group.flatMap((p) => (side[p] ?? []).map((sentence) => sentence.trim().length)),
      features: group.flatMap((p) => features[p] ?? []),
    });
    const inner = alignPrepared(sentencesOf(source, sourceFeatures, link.source), sentencesOf(target, targetFeatures, link.target), {
      ...options,
      ...paragraphs.lengthModel,
      adapt: false,
    });
    for (const innerLink of inner.links) {
      sentences.push({
        source: innerLink.source.map((k) => sourceIndices[k] ?? -1),
        target: innerLink.target.map((k) => targetIndices[k] ?? -1),
      });
    }
  }
  return { paragraphs, sentences };
}

function startsOf(paragraphs: readonly (readonly string[])[]): number[] {
  const starts: number[] = [];
  let next = 0;
  for (const sentences of paragraphs) {
    starts.push(next);
    next += sentences.length;
  }
  return starts;
}

function indicesOf(paragraphs: readonly (readonly string[])[], starts: readonly number[], paragraph: number): number[] {
  const start = starts[paragraph] ?? 0;
  return (paragraphs[paragraph] ?? []).map((_, k) => start + k);
}
