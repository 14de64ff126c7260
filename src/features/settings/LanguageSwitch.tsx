// The UI language switch (bokmål or English): stored, so every tab and the next visit use it too.
import { useTranslation } from 'react-i18next';
import { LANGS, isLang } from '../../core/lang';
import { db } from '../../db/db';
import { setSetting } from '../../db/settings';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span>{t('language.label')}</span>
      <select
        value={i18n.language}
        onChange={(event) => {
          const lang = event.target.value;
          if (!isLang(lang)) return;
          void i18n.changeLanguage(lang);
          void setSetting(db, 'uiLanguage', lang);
        }}
      >
        {LANGS.map((lang) => (
          // Each language is named in itself, so a reader who cannot read the current UI still finds theirs.
          <option key={lang} value={lang} lang={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
