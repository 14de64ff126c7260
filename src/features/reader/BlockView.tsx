// One block of one language, as the element its kind calls for; each line a sentence that can be highlighted and focused.
import { memo, useContext, type CSSProperties } from 'react';
import { SegmentRendererContext } from '../../components/readerSlots';
import type { Block } from '../../core/article/types';
import type { Lang } from '../../core/lang';
import { stackedRow } from './layout';
import { segmentKey } from './segments';

interface Props {
  block: Block;
  blockIndex: number;
  lang: Lang;
  /** The block's first grid row in its container, and how many rows it takes (a list: one per item). */
  row: number;
  span: number;
  /** Which pane it is in: stacked, the panes interleave row by row. */
  pane: 0 | 1;
  /** Index of the highlighted segment in this block, -1 for none. */
  activeSeg: number;
  /** Index of the segment that Tab reaches in this block, -1 for none. */
  tabSeg: number;
  id?: string | undefined;
}

const EMPTY_SEGMENT = '—';

export function rowStyle(row: number, stackedRow: number): CSSProperties {
  return { '--row': row, '--stacked-row': stackedRow } as CSSProperties;
}

export const BlockView = memo(function BlockView({ block, blockIndex, lang, row, span, pane, activeSeg, tabSeg, id }: Props) {
  const renderSegment = useContext(SegmentRendererContext);
  const segments = block.segments.map((text, i) => (
    <span
      key={i}
      className={`seg${i === activeSeg ? ' is-active' : ''}${text === '' ? ' seg-empty' : ''}`}
      data-seg={segmentKey(blockIndex, i)}
      tabIndex={i === tabSeg ? 0 : -1}
    >
      {/* An imported sentence can lack a counterpart; a dash keeps the pair visible and reachable. */}
      {text === '' ? EMPTY_SEGMENT : renderSegment ? renderSegment(text, { lang, block: blockIndex, seg: i }) : text}
    </span>
  ));
  const joined = segments.flatMap((s, i) => (i === 0 ? [s] : [' ', s]));
  const common = { className: `cell cell-${block.kind}`, style: rowStyle(row, stackedRow(row, pane)), 'data-block': blockIndex, id };

  switch (block.kind) {
    case 'heading':
    case 'box-title':
      return <h2 {...common}>{joined}</h2>;
    case 'subheading':
      return <h3 {...common}>{joined}</h3>;
    case 'quote':
      return (
        <blockquote {...common}>
          <p>{joined}</p>
        </blockquote>
      );
    case 'list':
      // A subgrid like a box: each item on its own row, so it lines up with (or, stacked, follows) its counterpart.
      return (
        <ul {...common} style={{ '--row': row, '--span': span, '--stacked-row': stackedRow(row, 0), '--stacked-span': span * 2 } as CSSProperties}>
          {segments.map((s, i) => (
            <li key={i} style={rowStyle(i + 1, stackedRow(i + 1, pane))}>
              {s}
            </li>
          ))}
        </ul>
      );
    case 'caption':
      return <p {...common}>{joined}</p>;
    case 'paragraph':
      return <p {...common}>{joined}</p>;
  }
});
