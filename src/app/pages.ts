// The page modules, loaded on demand; main.tsx starts loading the current route's page while the store opens.
export const loadLibraryPage = () => import('../features/library/LibraryPage');
export const loadReaderPage = () => import('./ReaderRoute');
export const loadSettingsPage = () => import('../features/settings/SettingsPage');

/** Starts fetching the page module for a path, so it is ready (or nearly) when the app first renders. */
export function preloadPageFor(path: string): void {
  if (path.startsWith('/read/')) void loadReaderPage();
  else if (path.startsWith('/settings')) void loadSettingsPage();
  else void loadLibraryPage();
}

/** The article a reader URL names, if it is one. */
export function articleIdFromPath(path: string): string | undefined {
  const match = /^\/read\/([^/]+)/.exec(path);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}
