// i18next set-up: both UI languages bundled (they are small), the language chosen by the caller, <html lang> kept in step.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../locales/en/common.json';
import enMyGlossary from '../../locales/en/myGlossary.json';
import nb from '../../locales/nb/common.json';
import nbMyGlossary from '../../locales/nb/myGlossary.json';
import type { Lang } from '../core/lang';

/** One file per namespace: `common` for the shell and shared strings, one more for each larger feature. */
export const resources = { en: { common: en, myGlossary: enMyGlossary }, nb: { common: nb, myGlossary: nbMyGlossary } } as const;

/** The UI language for a browser's preference list: the first of ours it names, else English. */
export function detectLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nb' || base === 'no' || base === 'nn') return 'nb';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export async function initI18n(lng: Lang): Promise<typeof i18n> {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18n.use(initReactI18next).init({
    lng,
    resources,
    defaultNS: 'common',
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes; article and user text is never passed as HTML
    // A key missing from the locale files is a bug: fail loudly while developing, show the key in production.
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: (_lngs, _ns, key) => {
      throw new Error(`Missing UI string: ${key}`);
    },
  });
  document.documentElement.lang = lng;
  return i18n;
}
