// Reading-aloud settings: the voices this device has for each language, a Test button, the English voice and the speed.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadVoices, sayOnce, synth } from '../../components/speech';
import { LANGS, type Lang } from '../../core/lang';
import { voicesFor } from '../../core/speech/voices';
import { db } from '../../db/db';
import { useSettings } from '../../db/hooks';
import { setSetting, SPEECH_RATE } from '../../db/settings';

const RATE_KEY = { nb: 'speechRateNb', en: 'speechRateEn' } as const;

export function VoicesSection() {
  const { t } = useTranslation('listen');
  const settings = useSettings();
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>();

  useEffect(() => {
    let live = true;
    const refresh = () => void loadVoices().then((found) => live && setVoices(found));
    refresh();
    // Chrome may fill the list late, and a voice installed while the page is open arrives the same way.
    synth()?.addEventListener('voiceschanged', refresh);
    return () => {
      live = false;
      synth()?.removeEventListener('voiceschanged', refresh);
    };
  }, []);

  const section = (lang: Lang) => {
    const found = voices ? voicesFor(voices, lang) : [];
    const rate = settings?.[RATE_KEY[lang]] ?? SPEECH_RATE[lang];
    const langName = t(`langs.${lang}`);
    return (
      <fieldset key={lang}>
        <legend>{t('settings.voicesFor', { lang: langName })}</legend>
        {voices && found.length === 0 && (
          <p>
            {t('settings.none')} {t('noVoice.where')}
          </p>
        )}
        {found.length > 0 && lang === 'nb' && (
          <ul>
            {found.map((voice) => (
              <li key={`${voice.name} ${voice.lang}`}>
                {voice.name} ({voice.lang})
              </li>
            ))}
          </ul>
        )}
        {found.length > 0 && lang === 'en' && (
          <label>
            {t('settings.voice')}{' '}
            <select value={settings?.englishVoice ?? found[0]?.name} onChange={(event) => void setSetting(db, 'englishVoice', event.target.value)}>
              {found.map((voice) => (
                <option key={`${voice.name} ${voice.lang}`} value={voice.name}>
                  {voice.name} ({voice.lang})
                </option>
              ))}
            </select>
          </label>
        )}
        {found.length > 0 && (
          <button type="button" onClick={() => void sayOnce(t(`settings.sample.${lang}`), lang)}>
            {t('settings.test')}
          </button>
        )}
        <label className="range">
          <span>{t('settings.rate', { lang: langName })}</span>
          <input
            type="range"
            min={SPEECH_RATE.min}
            max={SPEECH_RATE.max}
            step={SPEECH_RATE.step}
            value={rate}
            onChange={(event) => void setSetting(db, RATE_KEY[lang], Number(event.target.value))}
          />
          <output>{rate.toFixed(1)}×</output>
        </label>
      </fieldset>
    );
  };

  return (
    <section aria-labelledby="voices-title">
      <h2 id="voices-title">{t('settings.title')}</h2>
      {LANGS.map(section)}
    </section>
  );
}
