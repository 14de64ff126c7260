// The reading-aloud controls: what to read, read from here, pause/resume/stop, and plain words when there is no voice.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import * as reading from './reading';
import type { ReadMode } from './reading';

interface Props {
  id: string;
  /** The sentence the learner was last on, if any. */
  startKey: () => string | undefined;
  onLoaded: (module: typeof reading) => void;
}

const MODES: readonly ReadMode[] = ['nb', 'en', 'both'];
const FIRST_SENTENCE = '-1.0';

export default function ListenPanel({ id, startKey, onLoaded }: Props) {
  const { t } = useTranslation('listen');
  const state = useSyncExternalStore(reading.subscribe, reading.getState);
  const [mode, setMode] = useState<ReadMode>('nb');
  // A block, not an expression: what onLoaded returns must not become the effect's cleanup (React would call it on unmount).
  useEffect(() => {
    onLoaded(reading);
  }, [onLoaded]);
  const active = state.kind === 'reading' || state.kind === 'paused';

  return (
    <div id={id} className="listen-panel" role="group" aria-label={t('title')}>
      <label htmlFor={`${id}-mode`}>{t('mode')}</label>
      <select id={`${id}-mode`} value={mode} onChange={(event) => setMode(event.target.value as ReadMode)}>
        {MODES.map((value) => (
          <option key={value} value={value}>
            {t(`modes.${value}`)}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void reading.readFrom(startKey() ?? FIRST_SENTENCE, mode)}>
        {t('readFromHere')}
      </button>
      {active && (
        <>
          <button type="button" onClick={reading.togglePause}>
            {state.kind === 'paused' ? t('resume') : t('pause')}
          </button>
          <button type="button" onClick={reading.stop}>
            {t('stop')}
          </button>
        </>
      )}
      <p role="status">{active ? (state.kind === 'paused' ? t('paused') : t('reading', { lang: t(`langs.${state.lang}`) })) : t('hint')}</p>
      {state.kind === 'noVoice' && (
        <p role="alert">
          {t(state.lang === 'nb' ? 'noVoice.nb' : 'noVoice.en')} {t('noVoice.where')}
        </p>
      )}
      {state.kind === 'failed' && <p role="alert">{t('failed')}</p>}
    </div>
  );
}
