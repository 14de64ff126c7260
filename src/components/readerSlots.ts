// The reader's extension points: features that decorate the text (the glossary) plug in here, so the reader never imports them.
import { createContext, type ReactNode } from 'react';
import type { Lang } from '../core/lang';

export interface SegmentPlace {
  lang: Lang;
  /** Block index; -1 is the title. */
  block: number;
  seg: number;
}

/** Renders a sentence's text, e.g. with glossary marks. */
export type RenderSegment = (text: string, place: SegmentPlace) => ReactNode;

/**
 * Its own context, apart from the other slots, because every sentence reads it: it changes only when the
 * marks do, so opening a popup or a panel does not re-render the panes.
 */
export const SegmentRendererContext = createContext<RenderSegment | undefined>(undefined);

export interface ReaderSlots {
  /** Extra controls at the end of the reader's toolbar. */
  toolbar?: ReactNode;
  /** A panel under the toolbar (e.g. the article's glossary terms). */
  panel?: ReactNode;
  /** Things the reader shows outside the panes (e.g. a popup). */
  overlay?: ReactNode;
}

export const ReaderSlotsContext = createContext<ReaderSlots>({});

/** A request to add a learner's term: the word as it should be stored, its translation if known, and the sentence pair it came from. */
export interface AddTermRequest {
  lang: Lang;
  text: string;
  translation?: string;
  /** "block.seg" of the sentence pair. */
  segKey?: string;
}

/** Opens the add-term form, prefilled (the glossary provides it; the word lookup uses it). */
export const AddTermContext = createContext<((request: AddTermRequest) => void) | undefined>(undefined);
