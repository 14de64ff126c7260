// One block of one language, as the element its kind calls for; each line a sentence that can be highlighted and focused.
import { memo, useContext, type CSSProperties } from 'react';
import { SegmentRendererContext } from '../../components/readerSlots';
import type { Block } from '../../core/article/types';
import type { Lang } from '../../core/lang';
import { segmentKey } from './segments';

interface Props {
  block: Block;
  blockIndex: number;
  lang: Lang;
  /** Grid rows: side by side, and stacked. */
  row: number;
  stackedRow: number;
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

export const BlockView = memo(function BlockView({ block, blockIndex, lang, row, stackedRow, activeSeg, tabSeg, id }: Props) {
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
  const common = { className: `cell cell-${block.kind}`, style: rowStyle(row, stackedRow), 'data-block': blockIndex, id };

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
      return (
        <ul {...common}>
          {segments.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      );
    case 'caption':
      return <p {...common}>{joined}</p>;
    case 'paragraph':
      return <p {...common}>{joined}</p>;
  }
});
