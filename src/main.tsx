// Starts Tolk: opens the store, applies the saved theme and language, brings shipped articles up to date, then renders.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { shippedVersion } from 'virtual:tolk/shipped-version';
import { App } from './app/App';
import { StartupError } from './app/StartupError';
import { applyTheme } from './app/theme';
import { db } from './db/db';
import { ensureShippedArticles } from './db/seed';
import { getAllSettings } from './db/settings';
import { detectLanguage, initI18n } from './i18n/i18n';
import './app/app.css';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function start(root: ReturnType<typeof createRoot>) {
  let settings;
  try {
    settings = await getAllSettings(db);
  } catch (error) {
    await initI18n(detectLanguage(navigator.languages));
    root.render(<StartupError kind="storage" detail={message(error)} />);
    return;
  }
  applyTheme(settings.theme ?? 'system');
  await initI18n(settings.uiLanguage ?? detectLanguage(navigator.languages));
  try {
    await ensureShippedArticles(db, shippedVersion, () => import('virtual:tolk/shipped-articles').then((m) => m.default));
  } catch (error) {
    root.render(<StartupError kind="seed" detail={message(error)} />);
    return;
  }
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) void start(createRoot(container));
