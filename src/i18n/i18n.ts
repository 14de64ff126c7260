// i18next set-up: both UI languages bundled (they are small), the language chosen by the caller, <html lang> kept in step.
import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import en from '../../locales/en/common.json';
import nb from '../../locales/nb/common.json';
import type { Lang } from '../core/lang';

/**
 * One file per namespace: `common` (the shell and shared strings) is bundled in both languages, so the first paint and a
 * language switch never wait; each larger feature's namespace (locales/<lang>/<feature>.json) loads with its page.
 */
const bundled = { en: { common: en }, nb: { common: nb } } as const;
const lazyNamespaces = import.meta.glob<Record<string, unknown>>(['../../locales/*/*.json', '!../../locales/*/common.json'], { import: 'default' });
const loadNamespace = async (lng: string, ns: string) => {
  const load = lazyNamespaces[`../../locales/${lng}/${ns}.json`];
  if (!load) throw new Error(`No UI strings for ${lng}/${ns}`);
  return load();
};

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
  await i18n
    .use(resourcesToBackend(loadNamespace))
    .use(initReactI18next)
    .init({
    lng,
    resources: bundled,
    partialBundledLanguages: true,
    ns: ['common'],
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
