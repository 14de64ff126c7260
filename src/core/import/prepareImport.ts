// The whole import of a pair short of storing it: check both sides, clean them, split and align them, and judge the result.
import type { UnitRole } from '../align/align';
import { alignNested } from '../align/nested';
import { splitSentences } from '../align/sentences';
import { LANGS, type Lang } from '../lang';
import { cleanText } from './clean';
import { MAX_SIDE_BLOCKS, MAX_SIDE_CHARS } from './limits';
import { fromNestedAlignment, type SplitSide } from './pairs';
import type { CleanBlock, FoundMeta, ImportedAlignment, SourceFormat } from './types';

/**
 * Below this the two texts are taken not to translate each other. Real pairs score 0.87–0.99 and unrelated
 * articles 0.02–0.12 (align.test.ts), so the line sits in the wide gap between, where a pair with a few
 * dropped or added paragraphs still passes.
 */
export const MIN_CONFIDENCE = 0.5;

export interface ImportSide {
  raw: string;
  format: SourceFormat;
}

export type ImportProblem =
  | { code: 'empty'; lang: Lang }
  | { code: 'too-large'; lang: Lang; chars: number }
  | { code: 'only-noise'; lang: Lang }
  | { code: 'too-many-blocks'; lang: Lang; blocks: number }
  | { code: 'not-translations'; confidence: number };

/** Things the learner should know about an import that went through. */
export type ImportNotice =
  | { code: 'noise-removed'; lang: Lang; count: number }
  | { code: 'markup-removed'; lang: Lang }
  /** Both sides hold the same text: it aligns perfectly, but it is not a translation (lang is always 'nb'). */
  | { code: 'same-text'; lang: Lang };

export interface PreparedImport {
  alignment: ImportedAlignment;
  /** 0–1: the share of text in links that look like translations. */
  confidence: number;
  meta: Record<Lang, FoundMeta>;
  notices: ImportNotice[];
}

export type PrepareResult = { ok: true; prepared: PreparedImport } | { ok: false; problems: ImportProblem[] };

// Markup that can run code or restyle the page; the cleaner drops it, and the learner is told it did.
const ACTIVE_MARKUP = /<(script|style|iframe|object|embed)\b|\son[a-z]+\s*=/i;

/** How far an import has come, 0–1, for a progress bar. */
export type ProgressReport = (share: number) => void;

const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g;

export function prepareImport(sides: Record<Lang, ImportSide>, onProgress: ProgressReport = () => {}): PrepareResult {
  const problems: ImportProblem[] = [];
  for (const lang of LANGS) {
    const { raw } = sides[lang];
    if (raw.trim() === '') problems.push({ code: 'empty', lang });
    else if (raw.length > MAX_SIDE_CHARS) problems.push({ code: 'too-large', lang, chars: raw.length });
    else if (sides[lang].format !== 'html') {
      // Counted before cleaning, which itself takes seconds on a hundred thousand paragraphs.
      const blocks = (raw.match(PARAGRAPH_BREAK)?.length ?? 0) + 1;
      if (blocks > MAX_SIDE_BLOCKS) problems.push({ code: 'too-many-blocks', lang, blocks });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const notices: ImportNotice[] = [];
  const split = {} as Record<Lang, SplitSide>;
  const meta = {} as Record<Lang, FoundMeta>;
  for (const lang of LANGS) {
    const { raw, format } = sides[lang];
    const cleaned = cleanText(raw, format, lang);
    if (cleaned.blocks.length === 0) problems.push({ code: 'only-noise', lang });
    if (cleaned.blocks.length > MAX_SIDE_BLOCKS) problems.push({ code: 'too-many-blocks', lang, blocks: cleaned.blocks.length });
    if (cleaned.removed > 0) notices.push({ code: 'noise-removed', lang, count: cleaned.removed });
    if (format === 'html' && ACTIVE_MARKUP.test(raw)) notices.push({ code: 'markup-removed', lang });
    meta[lang] = cleaned.meta;
    onProgress(lang === 'nb' ? 0.1 : 0.2);
    split[lang] = {
      kinds: cleaned.blocks.map((b) => b.kind),
      sentences: cleaned.blocks.map((b) => splitSentences(b.text, lang).map(({ start, end }) => b.text.slice(start, end))),
    };
  }
  if (problems.length > 0) return { ok: false, problems };

  if (sameText(split.nb, split.en)) notices.push({ code: 'same-text', lang: 'nb' });
  const nested = alignNested(split.nb.sentences, split.en.sentences, {}, { source: split.nb.kinds.map(roleOf), target: split.en.kinds.map(roleOf) }, (share) =>
    onProgress(0.2 + 0.8 * share),
  );
  const confidence = nested.paragraphs.confidence;
  if (confidence < MIN_CONFIDENCE) return { ok: false, problems: [{ code: 'not-translations', confidence }] };
  return { ok: true, prepared: { alignment: fromNestedAlignment(split.nb, split.en, nested), confidence, meta, notices } };
}

/** Whether both sides hold the same words in the same order, ignoring case and spacing; stops at the first difference. */
function sameText(a: SplitSide, b: SplitSide): boolean {
  const words = function* (side: SplitSide) {
    for (const sentence of side.sentences.flat()) for (const word of sentence.split(/\s+/u)) if (word !== '') yield word.toLowerCase();
  };
  const x = words(a);
  const y = words(b);
  for (;;) {
    const p = x.next();
    const q = y.next();
    if (p.done === true || q.done === true) return p.done === q.done;
    if (p.value !== q.value) return false;
  }
}

function roleOf(kind: CleanBlock['kind']): UnitRole {
  return kind === 'heading' || kind === 'subheading' ? 'heading' : kind === 'list' ? 'list' : 'text';
}

const TITLE_MAX = 90;

/** The title a side gets when the learner gives none: the one the text names, else its first sentence, shortened. */
export function suggestedTitle(prepared: PreparedImport, lang: Lang): string {
  const found = prepared.meta[lang].title?.trim();
  if (found) return found;
  const first = prepared.alignment.sentences[lang][0] ?? '';
  return first.length <= TITLE_MAX ? first : `${first.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}
