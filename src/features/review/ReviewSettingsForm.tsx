// The review settings: desired retention, daily limits, which directions are asked, and hiding marks of known terms.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION, type ReviewSettings } from '../../core/review/session';
import { db } from '../../db/db';
import { setSetting } from '../../db/settings';

interface Props {
  settings: ReviewSettings;
  hideKnown: boolean;
}

const whole = (value: string) => Math.max(0, Math.min(9999, Math.round(Number(value) || 0)));

export function ReviewSettingsForm({ settings, hideKnown }: Props) {
  const { t } = useTranslation('review');
  const id = useId();
  const percent = Math.round(settings.retention * 100);
  return (
    <details className="rv-settings">
      <summary>{t('settings.title')}</summary>
      <div className="rv-settings-body">
        <label htmlFor={`${id}-retention`}>
          {t('settings.retention')}: <output htmlFor={`${id}-retention`}>{percent} %</output>
        </label>
        <input
          id={`${id}-retention`}
          type="range"
          min={RETENTION.min * 100}
          max={RETENTION.max * 100}
          step={1}
          value={percent}
          aria-describedby={`${id}-retention-help`}
          onChange={(e) => void setSetting(db, 'reviewRetention', Number(e.target.value) / 100)}
        />
        <p id={`${id}-retention-help`} className="rv-muted">
          {t('settings.retentionHelp')}
        </p>
        <label htmlFor={`${id}-new`}>{t('settings.newPerDay')}</label>
        <input id={`${id}-new`} type="number" inputMode="numeric" min={0} value={settings.newPerDay} onChange={(e) => void setSetting(db, 'reviewNewPerDay', whole(e.target.value))} />
        <label htmlFor={`${id}-max`}>{t('settings.maxPerDay')}</label>
        <input id={`${id}-max`} type="number" inputMode="numeric" min={0} value={settings.maxReviewsPerDay} onChange={(e) => void setSetting(db, 'reviewMaxPerDay', whole(e.target.value))} />
        <fieldset>
          <legend>{t('settings.directions')}</legend>
          <label className="rv-check">
            <input type="checkbox" checked={settings.directions.recognition} onChange={(e) => void setSetting(db, 'reviewRecognition', e.target.checked)} />
            {t('settings.recognition')}
          </label>
          <label className="rv-check">
            <input type="checkbox" checked={settings.directions.recall} onChange={(e) => void setSetting(db, 'reviewRecall', e.target.checked)} />
            {t('settings.recall')}
          </label>
        </fieldset>
        <label className="rv-check">
          <input type="checkbox" checked={hideKnown} onChange={(e) => void setSetting(db, 'hideKnownMarks', e.target.checked)} />
          {t('settings.hideKnown')}
        </label>
      </div>
    </details>
  );
}
