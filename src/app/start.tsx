// Starts Tolk once main.tsx has loaded its modules: theme and language, shipped articles brought up to date, the first render.
import { startTransition, StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { shippedVersion } from 'virtual:tolk/shipped-version';
import { PAGE_COPY_ATTRIBUTE, PAGE_COPY_STYLE } from '../boot/paintSnapshot';
import { db } from '../db/db';
import { LIBRARY_FIRST_PAGE, prefetchArticle, primeSettings } from '../db/hooks';
import type { Settings } from '../db/types';
import { detectLanguage, initI18n, preloadCommon } from '../i18n/i18n';
import { App } from './App';
import { articleIdFromPath, isLibraryPath, preloadPageFor } from './pages';
import { StartupError } from './StartupError';
import { applyTheme } from './theme';
import './app.css';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The app takes over from the snapshot index.html may have painted, or the page came with (src/boot): #root takes
 * input again, and the copy's own styles go with it (the page's stylesheets, its lazy chunk's included, have loaded
 * by now, and a stored copy must never override a newer version's).
 */
function takeOver(container: HTMLElement) {
  container.removeAttribute('inert');
  container.removeAttribute(PAGE_COPY_ATTRIBUTE);
  document.getElementById(PAGE_COPY_STYLE)?.remove();
  document.adoptedStyleSheets = [];
}

/** Renders over the snapshot at once (the start-up errors). */
function show(container: HTMLElement, root: ReturnType<typeof createRoot>, node: ReactNode) {
  takeOver(container);
  root.render(node);
}

/** Takes over once the app's first commit has replaced the snapshot (until then the inert copy stays on screen). */
function Live({ container }: { container: HTMLElement }) {
  useLayoutEffect(() => takeOver(container), [container]);
  return null;
}

/** Renders the app into `container` once `storedSettings` (read by main.tsx while the modules evaluated) are in. */
export async function start(container: HTMLElement, storedSettings: Promise<Partial<Settings>>) {
  const root = createRoot(container);
  const page = preloadPageFor(window.location.pathname);
  // The library's query code comes with the library (the reader's first JavaScript has none of it); asked for now.
  const libraryQueries = isLibraryPath(window.location.pathname) ? import('../db/libraryHooks') : undefined;
  libraryQueries?.catch(() => undefined);
  // The UI strings of the browser's language load while the store opens (the saved choice is nearly always the same).
  preloadCommon(detectLanguage(navigator.languages));
  let settings;
  try {
    settings = await storedSettings;
  } catch (error) {
    await initI18n(detectLanguage(navigator.languages));
    show(container, root, <StartupError kind="storage" detail={message(error)} />);
    return;
  }
  primeSettings(settings);
  applyTheme(settings.theme ?? 'system');
  await initI18n(settings.uiLanguage ?? detectLanguage(navigator.languages));
  const articleId = articleIdFromPath(window.location.pathname);
  let afterRender: (() => void) | undefined;
  try {
    // The seeding code loads only when the build's articles differ from the stored ones (a first visit, an update).
    // Only what the first screen shows is written before the app renders; the rest follows once it has.
    if (settings.shippedVersion !== shippedVersion) {
      const articles = import('virtual:tolk/shipped-articles').then((m) => m.default);
      const { seedFirstScreen } = await import('../db/seed');
      afterRender = await seedFirstScreen(db, await articles, articleId, LIBRARY_FIRST_PAGE);
    }
    if (articleId) await prefetchArticle(articleId);
    else if (libraryQueries) await (await libraryQueries).prefetchLibraryPage();
    // The page's module was loading meanwhile; with it here, the first render shows the page itself.
    await page;
  } catch (error) {
    show(container, root, <StartupError kind="seed" detail={message(error)} />);
    return;
  }
  // Ask the browser to keep the articles, glossary and positions when space runs low (it may say no; Settings shows which).
  void navigator.storage?.persist?.().catch(() => undefined);
  // In a transition React renders the app's first screen a few milliseconds per task, not in one long task; the
  // snapshot (or the empty page) stays until the commit.
  startTransition(() =>
    root.render(
      <StrictMode>
        <Live container={container} />
        <App />
      </StrictMode>,
    ),
  );
  afterRender?.();
}
