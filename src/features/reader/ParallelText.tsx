// The two panes on one grid: pairs share rows, pointing at a sentence highlights its counterpart, arrow keys step through sentences.
import { memo, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import { SENTENCE_TARGET_SELECTOR, SegmentRendererComingContext, SegmentRendererContext } from '../../components/readerSlots';
import type { ArticleVersion } from '../../core/article/types';
import type { Lang } from '../../core/lang';
import { BlockView, rowStyle } from './BlockView';
import { layoutArticle, stackedRow, type PlacedBlock, type PlacedBox } from './layout';
import { parseSegmentKey, segmentKey, segmentKeys, TITLE_BLOCK } from './segments';
import { planSlices, screenChars } from './slices';
import { stepTarget, type StepDirection } from './stepping';
import { useSlices } from './useSlices';

/** Each pane is named by its language in that language, whatever the UI language. */
const PANE_NAMES: Record<Lang, string> = { nb: 'Norsk', en: 'English' };

interface Props {
  versions: Record<Lang, ArticleVersion>;
  /** Left (or top) pane first. */
  order: readonly [Lang, Lang];
  onPainted?: () => void;
  /** Who wrote each version ("Original", "Translated by Tolk"), in the UI's language `originLang`; shown under each title. */
  origins?: Record<Lang, string> | undefined;
  originLang?: string;
  /** The block the reader opens at (a saved position, a search result): rendered first, the rest a slice at a time. */
  startBlock?: number;
}

const NEXT_KEYS = new Set(['ArrowDown', 'j']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'k']);
const OTHER_PANE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'h', 'l']);
/** Inside the focused sentence, from target to target (W and B as in a text editor's word motions). */
const TARGET_KEYS: Record<string, StepDirection> = { ']': 1, '[': -1 };

/** Moves focus to the next or previous target of the sentence that holds `from`; true when the key was used. */
function stepWithin(from: HTMLElement, direction: StepDirection): boolean {
  const sentence = from.closest<HTMLElement>('[data-seg]');
  if (!sentence) return false;
  const targets = [...sentence.querySelectorAll<HTMLElement>(SENTENCE_TARGET_SELECTOR)];
  const current = from === sentence ? undefined : from.closest<HTMLElement>(SENTENCE_TARGET_SELECTOR) ?? undefined;
  (stepTarget(targets, current, direction) ?? sentence).focus();
  return true;
}

export const ParallelText = memo(function ParallelText({ versions, order, onPainted, origins, originLang, startBlock = 0 }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const renderSegment = useContext(SegmentRendererContext);
  const rendererComing = useContext(SegmentRendererComingContext);
  const [active, setActive] = useState<string | null>(null);
  const [tabKey, setTabKey] = useState(segmentKey(TITLE_BLOCK, 0));
  // The panes pair by position, so either version's block structure describes both.
  const blocks = versions.nb.blocks;
  const layout = useMemo(() => layoutArticle(blocks), [blocks]);
  const keys = useMemo(() => segmentKeys(blocks), [blocks]);
  // Rendering a long article in one commit, and laying it out in one frame, took hundreds of milliseconds: a slice at a time.
  // The plan is made once per article: where it opens matters only then.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- startBlock is read at the first render only
  const plan = useMemo(() => planSlices(layout, versions, startBlock, screenChars(window.innerWidth, window.innerHeight)), [layout]);
  const { shown, show } = useSlices(layout, plan, renderSegment, rendererComing, container);
  // Until every slice is in, the panes say they are still being filled (the word lookup and listening wait for that).
  const busy = shown.includes(false);
  /** A sentence to focus once its slice is rendered. */
  const pending = useRef<{ lang: Lang; key: string }>(undefined);

  useEffect(() => {
    // Runs once the panes are committed; the frame after is when they are painted.
    const frame = requestAnimationFrame(() => onPainted?.());
    return () => cancelAnimationFrame(frame);
  }, [onPainted]);

  const segmentAt = (lang: Lang, key: string) => container.current?.querySelector<HTMLElement>(`[data-pane="${lang}"] [data-seg="${CSS.escape(key)}"]`);
  const focusSegment = (lang: Lang, key: string) => {
    const segment = segmentAt(lang, key);
    if (segment) return segment.focus();
    pending.current = { lang, key };
    show(plan.sliceOfBlock[parseSegmentKey(key).block] ?? 0);
  };
  useLayoutEffect(() => {
    if (pending.current) segmentAt(pending.current.lang, pending.current.key)?.focus();
    pending.current = undefined;
  });

  const keyOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('[data-seg]')?.dataset.seg : undefined);
  const paneOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('[data-pane]')?.dataset.pane : undefined);

  const onPointerOver = (event: PointerEvent) => {
    const key = keyOf(event.target);
    if (key) setActive(key);
  };
  const onPointerLeave = (event: PointerEvent) => {
    // A finger lifting also "leaves"; only a mouse moving away should drop the highlight.
    if (event.pointerType === 'mouse') setActive(null);
  };
  const onFocus = (event: { target: EventTarget | null }) => {
    const key = keyOf(event.target);
    if (!key) return;
    setActive(key);
    setTabKey(key);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const key = keyOf(event.target);
    const lang = paneOf(event.target);
    // AltGr (Ctrl+Alt on Windows) types [ and ] on Nordic keyboards: it is a way to type the key, not a modifier.
    const altGraph = event.getModifierState('AltGraph') || (event.ctrlKey && event.altKey);
    const modified = !altGraph && (event.altKey || event.ctrlKey || event.metaKey);
    if (!key || (lang !== 'nb' && lang !== 'en') || modified || !(event.target instanceof HTMLElement)) return;
    const direction = TARGET_KEYS[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (direction !== undefined && stepWithin(event.target, direction)) {
      event.preventDefault();
      return;
    }
    // Escape from a target goes back to its sentence, unless the target's popup is open: then Escape closes that.
    const inTarget = event.target.closest(SENTENCE_TARGET_SELECTOR);
    if (event.key === 'Escape' && inTarget && inTarget.getAttribute('aria-expanded') !== 'true') {
      event.target.closest<HTMLElement>('[data-seg]')?.focus();
      return;
    }
    if (altGraph) return;
    const index = keys.indexOf(key);
    let target: { lang: Lang; key: string | undefined } | undefined;
    if (NEXT_KEYS.has(event.key)) target = { lang, key: keys[index + 1] };
    else if (PREVIOUS_KEYS.has(event.key)) target = { lang, key: keys[index - 1] };
    else if (event.key === 'Home') target = { lang, key: keys[0] };
    else if (event.key === 'End') target = { lang, key: keys.at(-1) };
    else if (OTHER_PANE_KEYS.has(event.key)) target = { lang: lang === 'nb' ? 'en' : 'nb', key };
    if (!target) return;
    event.preventDefault();
    if (target.key) focusSegment(target.lang, target.key);
  };

  const activeAt = active ? parseSegmentKey(active) : undefined;
  const tabAt = parseSegmentKey(tabKey);
  const segIn = (at: { block: number; seg: number } | undefined, block: number) => (at?.block === block ? at.seg : -1);

  return (
    <div
      ref={container}
      className="parallel"
      // All rows from the start, however few are rendered yet: rows without a cell take no room, and a changed row count would lay out every row again.
      style={{ '--rows': layout.rows } as CSSProperties}
      onPointerOver={onPointerOver}
      onPointerLeave={onPointerLeave}
      onClick={onPointerOver as never}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      {order.map((lang, paneIndex) => {
        const version = versions[lang];
        const pane = paneIndex === 0 ? 0 : 1;
        const renderBlock = (placed: PlacedBlock, id?: string) => {
          const block = version.blocks[placed.block];
          return block ? (
            <BlockView
              key={placed.block}
              id={id}
              block={block}
              blockIndex={placed.block}
              lang={lang}
              row={placed.row}
              span={placed.span}
              pane={pane}
              activeSeg={segIn(activeAt, placed.block)}
              tabSeg={segIn(tabAt, placed.block)}
            />
          ) : null;
        };
        const renderItem = (item: PlacedBlock | PlacedBox) => {
          if (item.type === 'block') return renderBlock(item);
          const first = item.children[0];
          const titled = first !== undefined && version.blocks[first.block]?.kind === 'box-title';
          const titleId = titled ? `${lang}-box-${first.block}` : undefined;
          return (
            <div
              key={`box-${item.row}`}
              className={`box box-${item.kind}`}
              role={titled ? 'group' : undefined}
              aria-labelledby={titleId}
              style={{ '--row': item.row, '--span': item.span, '--stacked-row': stackedRow(item.row, 0), '--stacked-span': item.span * 2 } as CSSProperties}
            >
              {item.children.map((child) => renderBlock(child, child === first ? titleId : undefined))}
            </div>
          );
        };
        return (
          <section key={lang} className={`pane pane-${paneIndex + 1}`} aria-label={PANE_NAMES[lang]} lang={lang} data-pane={lang} aria-busy={busy}>
            <header className="cell cell-head" style={rowStyle(1, stackedRow(1, pane))}>
              {origins && (
                <p className="pane-origin" lang={originLang}>
                  {origins[lang]}
                </p>
              )}
              <h1 className="cell-title" data-block={TITLE_BLOCK}>
                <span
                  className={segIn(activeAt, TITLE_BLOCK) === 0 ? 'seg is-active' : 'seg'}
                  data-seg={segmentKey(TITLE_BLOCK, 0)}
                  tabIndex={segIn(tabAt, TITLE_BLOCK) === 0 ? 0 : -1}
                >
                  {renderSegment ? renderSegment(version.meta.title, { lang, block: TITLE_BLOCK, seg: 0 }) : version.meta.title}
                </span>
              </h1>
            </header>
            {plan.starts.map((from, slice) => {
              const renderer = shown[slice];
              // Slices still to come between two that are in (after End or a link) keep a screen of room, in the first
              // pane (the panes share rows). Without it a screen showed the opening's last rows right above the end; the
              // browser kept those in place (scroll anchoring) and the end slid off the screen as the middle went in.
              if (renderer === false) {
                const row = layout.items[from]?.row;
                const between = pane === 0 && slice > 0 && shown[slice - 1] !== false && shown.some((r, i) => i > slice && r !== false);
                return between && row ? <div key={slice} className="slice-gap" style={rowStyle(row, stackedRow(row, 0))} /> : null;
              }
              // Each slice reads the renderer it was last drawn with, so a new one re-renders a slice at a time.
              return (
                <SegmentRendererContext.Provider key={slice} value={renderer}>
                  {layout.items.slice(from, plan.starts[slice + 1]).map(renderItem)}
                </SegmentRendererContext.Provider>
              );
            })}
          </section>
        );
      })}
    </div>
  );
});
