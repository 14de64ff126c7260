// Tolk's entry: evaluates the start-up's modules one group per task, then hands over to src/app/start.tsx.
//
// Evaluating every module in one go was the longest task of an opening (about 120 ms of thread time unthrottled, over
// 500 ms on a slow phone), and nothing can answer a tap while it runs. Each group here is imported after a new task
// has begun, so the browser can paint, scroll and handle input between them. A build preloads all of them at once
// (build/snapshotPlugin.ts: everything this file imports), so the steps cost no round trips.

/** Resolves in a new task (a timer's; a promise alone would continue in the same one). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function boot(container: HTMLElement) {
  // The store first: it opens (in the browser, off this thread) while the rest evaluates.
  const { db } = await import('./db/db');
  const settings = import('./db/settings').then(({ getAllSettings }) => getAllSettings(db));
  // start() handles a failure; until it waits for the settings, this keeps it from counting as unhandled.
  settings.catch(() => undefined);
  await nextTask();
  await import('./i18n/i18n');
  await nextTask();
  await import('react-dom/client');
  await nextTask();
  const { start } = await import('./app/start');
  await start(container, settings);
}

const container = document.getElementById('root');
if (container) void boot(container);
