// A speaker button that says a word or term in its language (popups use it); the speech code loads on the first press.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../core/lang';
import { SpeakerIcon } from './icons';

/** Says `text` once in `lang`; resolves false where the device has no voice for it. Never throws. */
export function speak(text: string, lang: Lang): Promise<boolean> {
  return import('./speech').then((speech) => speech.sayOnce(text, lang)).catch(() => false);
}

export function SpeakButton({ text, lang }: { text: string; lang: Lang }) {
  const { t } = useTranslation();
  const [noVoice, setNoVoice] = useState(false);
  return (
    <>
      {/* An SVG speaker (no emoji font needed), so the popup's text (what a learner copies) stays the words alone. */}
      <button type="button" className="speak-button" aria-label={t('reader.say', { text })} onClick={() => void speak(text, lang).then((said) => setNoVoice(!said))}>
        <SpeakerIcon />
      </button>
      {noVoice && <span role="status">{t('reader.noVoice')}</span>}
    </>
  );
}
