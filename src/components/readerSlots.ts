// The reader's extension points: features that decorate the text (the glossary) plug in here, so the reader never imports them.
import { createContext, type ReactNode } from 'react';
import type { Lang } from '../core/lang';

export interface SegmentPlace {
  lang: Lang;
  /** Block index; -1 is the title. */
  block: number;
  seg: number;
}

/**
 * What the keyboard steps through inside the focused sentence (glossary marks today; any word later). A renderer gives
 * such elements tabIndex -1: Tab reaches the sentence once, and the reader's keys move between its targets.
 */
export const SENTENCE_TARGET_SELECTOR = '[role="button"]';

/** Renders a sentence's text, e.g. with glossary marks. */
export type RenderSegment = (text: string, place: SegmentPlace) => ReactNode;

/**
 * Its own context, apart from the other slots, because every sentence reads it: it changes only when the
 * marks do, so opening a popup or a panel does not re-render the panes.
 */
export const SegmentRendererContext = createContext<RenderSegment | undefined>(undefined);

/**
 * True while a renderer is on its way (the glossary's marks, loading): the reader holds back the rows off screen until
 * it comes, so they are drawn once, with it, and not plain first and again when it arrives.
 */
export const SegmentRendererComingContext = createContext(false);

export interface ReaderSlots {
  /** Extra controls at the end of the reader's toolbar. */
  toolbar?: ReactNode;
  /** A panel under the toolbar (e.g. the article's glossary terms). */
  panel?: ReactNode;
  /** Things the reader shows outside the panes (e.g. a popup). */
  overlay?: ReactNode;
}

export const ReaderSlotsContext = createContext<ReaderSlots>({});

/** A request to add a learner's term: the word as it should be stored, the sentence pair it came from, and where its translation is. */
export interface AddTermRequest {
  lang: Lang;
  text: string;
  /** "block.seg" of the sentence pair. */
  segKey?: string;
  /** Where the text's translation stands in the other sentence of the pair, when known: it fills the other field. */
  counterpart?: { start: number; end: number };
}

/** Opens the add-term form, prefilled (the glossary provides it; the word lookup uses it). */
export const AddTermContext = createContext<((request: AddTermRequest) => void) | undefined>(undefined);
