// The reader route: loads one article and its settings, and lays out the toolbar and the parallel panes.
import { useCallback, useContext, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { ReaderSlotsContext } from '../../components/readerSlots';
import { whenSettled } from '../../components/whenSettled';
import { db } from '../../db/db';
import { useArticle, useSavedBlock, useSettings } from '../../db/hooks';
import { FONT_SIZE, setSetting } from '../../db/settings';
import { ArticleNote, ArticleSourceLine, versionOrigin } from './ArticleFacts';
import { ParallelText } from './ParallelText';
import { parseSegmentKey } from './segments';
import { useReadingPosition } from './useReadingPosition';
import './reader.css';

const NB_FIRST = ['nb', 'en'] as const;
const EN_FIRST = ['en', 'nb'] as const;
/** A sentence key as search results write it, <block>.<segment>; anything else in ?at= is ignored. */
const SENTENCE_KEY = /^\d{1,6}\.\d{1,6}$/;

/**
 * The benchmark reads this mark: the moment both panes of an article are on screen. Once the start-up has settled,
 * the snapshot writer loads and starts, so the next start can paint this screen before the app's scripts have run
 * (src/boot). Started at once, its first write read the layout while the panes' slices were still going in: an idle
 * task of 8–12 ms, style and layout in it, in the middle of the start-up (Lighthouse traces on a phone's settings).
 */
const markPainted = () => {
  performance.mark('tolk:panes-painted');
  void whenSettled().then(() => import('../../components/readerSnapshot').then((m) => m.keepReaderSnapshot()));
};
const TOOLS_ID = 'reader-tools';

export function ReaderPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const article = useArticle(id);
  const slots = useContext(ReaderSlotsContext);
  const settings = useSettings();
  const root = useRef<HTMLDivElement>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  const toolsButton = useRef<HTMLButtonElement>(null);
  // On a phone the tools fold away behind one button (CSS shows them inline on wider screens, where this is unused).
  const [toolsOpen, setToolsOpen] = useState(false);
  const stickyOffset = useCallback(() => toolbar.current?.getBoundingClientRect().bottom ?? 0, []);
  // A search result opens the article at its sentence: ?at=<block>.<segment>&lang=<pane>.
  const [params] = useSearchParams();
  const at = params.get('at');
  const atLang = params.get('lang');
  const target = at !== null && SENTENCE_KEY.test(at) ? { key: at, lang: atLang === 'en' ? ('en' as const) : ('nb' as const) } : undefined;
  const saved = useSavedBlock(id);
  useReadingPosition(id, root, article && settings ? saved : undefined, stickyOffset, target);
  // One object per article and language, so that the panes (memoised) do not render again whenever this does.
  const versions = article?.text.versions;
  const origins = useMemo(() => versions && { nb: versionOrigin(versions.nb.meta, t), en: versionOrigin(versions.en.meta, t) }, [versions, t]);

  if (article === undefined || settings === undefined || saved === undefined) return <p role="status">{t('reader.loading')}</p>;
  if (article === null) {
    return (
      <div className="reader-missing">
        <p role="alert">{t('reader.notFound', { id })}</p>
        <Link href="/">{t('reader.back')}</Link>
      </div>
    );
  }
  const swapped = settings.swapped ?? false;
  const fontSize = settings.fontSize ?? FONT_SIZE.default;
  const setFontSize = (value: number) => setSetting(db, 'fontSize', Math.min(FONT_SIZE.max, Math.max(FONT_SIZE.min, value)));
  const closeToolsOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !toolsOpen) return;
    setToolsOpen(false);
    toolsButton.current?.focus();
  };

  return (
    <div className="reader" ref={root} style={{ '--reader-scale': fontSize / 100 } as CSSProperties}>
      <div className="reader-toolbar" role="toolbar" aria-label={t('reader.toolbar')} ref={toolbar} onKeyDown={closeToolsOnEscape}>
        <Link href="/" className="button-link">
          ← {t('reader.back')}
        </Link>
        <button ref={toolsButton} type="button" className="reader-tools-button" aria-expanded={toolsOpen} aria-controls={TOOLS_ID} onClick={() => setToolsOpen(!toolsOpen)}>
          <span className="icon icon-menu" aria-hidden="true" /> {t('reader.tools')}
        </button>
        <div id={TOOLS_ID} className={toolsOpen ? 'reader-tools is-open' : 'reader-tools'}>
        <button type="button" aria-pressed={swapped} onClick={() => setSetting(db, 'swapped', !swapped)}>
          <span className="icon icon-swap" aria-hidden="true" /> {t('reader.swap')}
        </button>
        <span className="font-size" role="group" aria-label={t('reader.fontSize')}>
          <button type="button" aria-label={t('reader.smaller')} disabled={fontSize <= FONT_SIZE.min} onClick={() => setFontSize(fontSize - FONT_SIZE.step)}>
            A−
          </button>
          <output aria-live="polite">{t('reader.fontSizeValue', { value: fontSize })}</output>
          <button type="button" aria-label={t('reader.larger')} disabled={fontSize >= FONT_SIZE.max} onClick={() => setFontSize(fontSize + FONT_SIZE.step)}>
            A+
          </button>
        </span>
        {article.summary.origin === 'imported' && (
          <Link href={`/align/${encodeURIComponent(id)}`} className="button-link">
            {t('reader.fixPairing')}
          </Link>
        )}
        {slots.toolbar}
        </div>
      </div>
      {slots.panel}
      <p className="reader-meta">
        <ArticleSourceLine summary={article.summary} />
        {/* Only where there is a keyboard (reader.css): its separator goes with it. */}
        <span className="hint">
          {' · '}
          {t('reader.keyboardHint')} {t('reader.keyboardTermHint')}
        </span>
      </p>
      <ParallelText
        versions={article.text.versions}
        order={swapped ? EN_FIRST : NB_FIRST}
        onPainted={markPainted}
        startBlock={target ? parseSegmentKey(target.key).block : saved}
        origins={origins}
        originLang={i18n.language}
      />
      <ArticleNote metas={{ nb: article.text.versions.nb.meta, en: article.text.versions.en.meta }} />
      {slots.overlay}
    </div>
  );
}
