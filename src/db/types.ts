// The records Tolk keeps in IndexedDB.
import type { ArticleVersion } from '../core/article/types';
import type { GlossaryEntry } from '../core/glossary/entry';
import type { PairPin } from '../core/import/pins';
import type { ImportedAlignment } from '../core/import/types';
import type { Lang } from '../core/lang';

/** What the library lists (declared in core, since backups carry it too). */
export type { ArticleSummary } from '../core/article/types';

export interface ArticleText {
  id: string;
  versions: Record<Lang, ArticleVersion>;
}

export interface ReadingPosition {
  articleId: string;
  /** Index of the block (paragraph pair) at the top of the reader; -1 is the title. */
  block: number;
  updatedAt: number;
}

export type Theme = 'system' | 'light' | 'dark';

/** Every setting with its type; a missing row means the default. */
export interface Settings {
  uiLanguage: Lang;
  theme: Theme;
  /** Glossary marks and popups on (the default) or off. */
  glossaryOn: boolean;
  /** Each kind of mark on its own (both on by default); glossaryOn still turns all of them off. */
  editorialMarksOn: boolean;
  personalMarksOn: boolean;
  /** Marks on names (people, places, organisations) on (the default) or off; vocabulary stays marked. */
  nameMarksOn: boolean;
  /** Reader text size in percent of the base size. */
  fontSize: number;
  /** true: English on the left (or on top when stacked). */
  swapped: boolean;
  /** Review: desired retention (0.8–0.97), new cards and reviews a day, which directions are asked. */
  reviewRetention: number;
  reviewNewPerDay: number;
  reviewMaxPerDay: number;
  reviewRecognition: boolean;
  reviewRecall: boolean;
  /** Hide the reader's marks of terms the learner knows. */
  hideKnownMarks: boolean;
  /** Speaking rates for reading aloud (1 is the voice's normal speed). */
  speechRateNb: number;
  speechRateEn: number;
  /** The English voice the learner picked, by name; absent means en-GB, then en-US. */
  englishVoice: string;
  /** The shipped-articles version the store holds; internal. */
  shippedVersion: string;
}

export type SettingKey = keyof Settings;
export interface SettingRow<K extends SettingKey = SettingKey> {
  key: K;
  value: Settings[K];
}

/** A glossary entry in the store; `editorial` entries ship with the app and are replaced by new builds. */
export interface StoredGlossaryEntry extends GlossaryEntry {
  owner: 'editorial';
}

/** The editable alignment of an imported article, from which its text (articleTexts) is derived. */
export interface StoredAlignment {
  articleId: string;
  alignment: ImportedAlignment;
  /** The aligner's confidence when the article was imported, 0–1. */
  confidence: number;
  /** Pairs the learner pinned; optional, so records stored before pins existed need no upgrade. */
  pins?: PairPin[];
}
