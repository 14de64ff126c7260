// Cleaning one side of an import: parse by format, drop the noise, normalise each block and the metadata.
import type { Lang } from '../lang';
import { htmlToBlocks } from './html';
import { markdownToBlocks } from './markdown';
import { removeNoise } from './noise';
import { normalizeText } from './normalize';
import { textToBlocks } from './plainText';
import type { CleanBlock, CleanedText, FoundMeta, SourceFormat } from './types';

const PARSERS: Record<SourceFormat, (raw: string) => { blocks: CleanBlock[]; meta: FoundMeta }> = {
  txt: textToBlocks,
  md: markdownToBlocks,
  html: htmlToBlocks,
};

export function cleanText(raw: string, format: SourceFormat, lang: Lang): CleanedText {
  const parsed = PARSERS[format](raw);
  const { blocks, removed } = removeNoise(parsed.blocks);
  const cleaned = blocks.map((block) => ({ kind: block.kind, text: normalizeText(block.text, lang) })).filter((block) => block.text !== '');
  const meta: FoundMeta = {};
  const title = parsed.meta.title === undefined ? '' : normalizeText(parsed.meta.title, lang);
  const source = parsed.meta.source === undefined ? '' : normalizeText(parsed.meta.source, lang);
  if (title) meta.title = title;
  if (source) meta.source = source;
  if (parsed.meta.date) meta.date = parsed.meta.date;
  return { blocks: cleaned, meta, removed };
}
