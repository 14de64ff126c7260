// Tolk's entry: evaluates the start-up's modules one group per task, then hands over to src/app/start.tsx.
//
// Evaluating every module in one go was the longest task of an opening (about 120 ms of thread time unthrottled, over
// 500 ms on a slow phone), and nothing can answer a tap while it runs. Each group here is imported after a new task
// has begun, so the browser can paint, scroll and handle input between them. A build preloads all of them at once
// (build/snapshotPlugin.ts: everything this file imports), so the steps cost no round trips.

/** Resolves in a new task (a timer's; a promise alone would continue in the same one). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Imports one group in a task of its own. The measure (`tolk:evaluate <group>`, from the import to its evaluation's
 * end) is what the bench's trace lists for each step (scripts/bench/readerTasksTrace.mjs).
 */
async function step<T>(group: string, load: () => Promise<T>): Promise<T> {
  await nextTask();
  const start = performance.now();
  const loaded = await load();
  performance.measure(`tolk:evaluate ${group}`, { start });
  return loaded;
}

async function boot(container: HTMLElement) {
  // The store first: it opens (in the browser, off this thread) while the rest evaluates.
  const { db } = await step('store', () => import('./db/db'));
  const settings = import('./db/settings').then(({ getAllSettings }) => getAllSettings(db));
  // start() handles a failure; until it waits for the settings, this keeps it from counting as unhandled.
  settings.catch(() => undefined);
  await step('i18next', () => import('./i18n/i18n'));
  await step('react-dom', () => import('react-dom/client'));
  const { start } = await step('app', () => import('./app/start'));
  await start(container, settings);
}

const container = document.getElementById('root');
if (container) void boot(container);
