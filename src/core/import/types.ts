// The shapes an imported article passes through: raw file or paste → cleaned text blocks → an aligned, editable pair.
import type { BlockKind } from '../article/types';
import type { Lang } from '../lang';

/** The formats a learner can bring; a paste is treated as plain text unless it looks like HTML. */
export type SourceFormat = 'txt' | 'md' | 'html';

/** One paragraph-like unit of a cleaned text; `text` is normalised (single spaces, straight-or-typographic quotes made consistent). */
export interface CleanBlock {
  kind: Extract<BlockKind, 'paragraph' | 'heading' | 'subheading' | 'quote' | 'list' | 'caption'>;
  text: string;
}

/** What the text itself says about the article, where it says it. */
export interface FoundMeta {
  title?: string;
  source?: string;
  /** ISO date, YYYY-MM-DD. */
  date?: string;
}

export interface CleanedText {
  blocks: CleanBlock[];
  meta: FoundMeta;
  /** How many lines or elements the cleaner dropped as noise (ad notices, teasers, repeated captions …). */
  removed: number;
}

/**
 * One link of the editable alignment: the next `nb` sentences of the Norwegian side pair with the next `en`
 * sentences of the English side (one of them may be 0: a sentence without counterpart). A link with `block`
 * starts a new block (paragraph pair) of that kind in the reader.
 */
export interface PairLink {
  nb: number;
  en: number;
  block?: CleanBlock['kind'];
}

/** An imported article's text as the aligner left it, or as the learner fixed it; the reader's blocks derive from it. */
export interface ImportedAlignment {
  sentences: Record<Lang, string[]>;
  links: PairLink[];
}
