// The article model: what a parsed article file holds, and an aligned pair of versions.
import type { Lang } from '../lang';

export type BlockKind = 'paragraph' | 'heading' | 'subheading' | 'quote' | 'list' | 'caption' | 'box-title';
export type BoxKind = 'lead' | 'summary' | 'factbox';

/** A run of segments that renders as one element; pairs with the block at the same index in the other version. */
export interface Block {
  kind: BlockKind;
  /** One segment per source line: a sentence, or sentences that translate together. */
  segments: string[];
  /** The box this block belongs to, numbered in order of appearance; absent outside boxes. */
  box?: { kind: BoxKind; index: number };
}

/**
 * Who wrote a version: the source's own text (`original`), Tolk's translation (`tolk`), or a translation the
 * source published, by people (`published`) or by machine (`machine-published`).
 */
export const TRANSLATIONS = ['original', 'tolk', 'published', 'machine-published'] as const;
export type Translation = (typeof TRANSLATIONS)[number];

/** The `source` of an article whose outlet nobody knows; the UI says so in its own words. */
export const UNKNOWN_SOURCE = 'unknown';

export interface ArticleMeta {
  id: string;
  lang: Lang;
  title: string;
  /** Who published the text we have; `unknown` when nobody knows. */
  source: string;
  /** Publication date, YYYY-MM-DD; empty for an imported article whose date the learner did not give. */
  date: string;
  original: Lang;
  /** Who wrote this version; absent for imported articles, whose translator Tolk does not know. */
  translation?: Translation;
  note?: string;
}

export interface ArticleVersion {
  meta: ArticleMeta;
  blocks: Block[];
  /** Line in the file where each block starts, for messages that point at it. */
  blockLines: number[];
  words: number;
}

/** What the store keeps and the reader shows: both versions, block for block. */
export interface ArticlePair {
  id: string;
  source: string;
  date: string;
  original: Lang;
  versions: Record<Lang, ArticleVersion>;
}

/** A problem in an article file, with where it is; `message` is for developers (build output). */
export interface ArticleIssue {
  file: string;
  line: number;
  code: ArticleIssueCode;
  message: string;
}

export type ArticleIssueCode =
  | 'front-matter'
  | 'missing-key'
  | 'bad-value'
  | 'empty-title'
  | 'bad-block'
  | 'bad-box'
  | 'missing-version'
  | 'unpaired'
  | 'duplicate-id';

/** What the library lists about an article: small, so the list never loads article text. Backups carry it for imported articles. */
export interface ArticleSummary {
  id: string;
  /** `shipped` articles come with the app and are replaced when a build changes them; `imported` ones the learner brought. */
  origin: 'shipped' | 'imported';
  /** Content hash: a new hash is a changed article (a new build, or a fixed alignment); the search index keys on it. */
  hash: string;
  titles: Record<Lang, string>;
  source: string;
  date: string;
  original: Lang;
  words: Record<Lang, number>;
  /** When an imported article was added (ms since epoch); absent for shipped ones. */
  addedAt?: number;
}
