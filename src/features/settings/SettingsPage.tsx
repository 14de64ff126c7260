// Settings: theme, the reader's text size, hiding marks of known terms, reading-aloud voices and speed (the UI language switch lives in the header).
import { useTranslation } from 'react-i18next';
import { db } from '../../db/db';
import { useSettings } from '../../db/hooks';
import { FONT_SIZE, setSetting } from '../../db/settings';
import type { Theme } from '../../db/types';
import { BackupSection } from './BackupSection';
import { StorageInfo } from './StorageInfo';
import { VoicesSection } from './VoicesSection';

const THEMES = [
  ['system', 'settings.themeSystem'],
  ['light', 'settings.themeLight'],
  ['dark', 'settings.themeDark'],
] as const satisfies readonly (readonly [Theme, string])[];

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  const theme = settings?.theme ?? 'system';
  const fontSize = settings?.fontSize ?? FONT_SIZE.default;
  return (
    <div className="settings">
      <h1>{t('settings.title')}</h1>
      <h2>{t('settings.appearance')}</h2>
      <fieldset>
        <legend>{t('settings.theme')}</legend>
        {THEMES.map(([value, label]) => (
          <label key={value} className="radio">
            <input type="radio" name="theme" value={value} checked={theme === value} onChange={() => setSetting(db, 'theme', value)} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <label className="range">
        <span>{t('settings.fontSize')}</span>
        <input
          type="range"
          min={FONT_SIZE.min}
          max={FONT_SIZE.max}
          step={FONT_SIZE.step}
          value={fontSize}
          onChange={(event) => setSetting(db, 'fontSize', Number(event.target.value))}
        />
        <output>{t('settings.fontSizeValue', { value: fontSize })}</output>
      </label>
      <h2>{t('settings.reading')}</h2>
      <label className="checkbox">
        <input type="checkbox" checked={settings?.hideKnownMarks ?? false} onChange={(event) => void setSetting(db, 'hideKnownMarks', event.target.checked)} />
        {t('settings.hideKnown')}
      </label>
      <VoicesSection />
      <StorageInfo />
      <BackupSection />
    </div>
  );
}
