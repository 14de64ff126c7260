// i18next set-up: each namespace of the chosen UI language loads as its own chunk, the language chosen by the caller, <html lang> kept in step.
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../core/lang';

/**
 * One file per namespace and language: `common` (the shell and shared strings) of the chosen language only, which
 * start-up fetches while the store opens (preloadCommon); each feature's namespace (locales/<lang>/<feature>.json)
 * loads with its page. The other language's strings are never part of the first load: a switch fetches them (a few kB,
 * precached by the service worker) before it changes a word.
 */
const namespaces = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { import: 'default' });
const loaded = new Map<string, Promise<Record<string, unknown>>>();
const loadNamespace = (lng: string, ns: string) => {
  const path = `../../locales/${lng}/${ns}.json`;
  const load = namespaces[path];
  if (!load) return Promise.reject(new Error(`No UI strings for ${lng}/${ns}`));
  let strings = loaded.get(path);
  if (!strings) loaded.set(path, (strings = load()));
  return strings;
};

/** i18next's loader for our chunks (what i18next-resources-to-backend does, in a few lines). */
const chunkBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (lng, ns, callback) => void loadNamespace(lng, ns).then((strings) => callback(null, strings), (error: unknown) => callback(error instanceof Error ? error : String(error), false)),
};

/** Starts fetching a language's common strings before i18next is set up, so that set-up finds them loaded. */
export function preloadCommon(lng: Lang): void {
  void loadNamespace(lng, 'common').catch(() => undefined);
}

/**
 * The UI language for a browser's preference list: the first of ours it names, else English. The rule lives in the
 * inline painter, which picks the language of a first visit's copy before any module loads, so the two never differ.
 */
export { detectLanguage } from '../boot/paintSnapshot';

export async function initI18n(lng: Lang): Promise<typeof i18n> {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18n
    .use(chunkBackend)
    .use(initReactI18next)
    .init({
    lng,
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
