// An update with two tabs open: only the tab where the learner chose "Reload now" reloads; the other keeps its typing and its notice.
// Like update.spec.ts, it serves its own copy of the build (on its own port), so "deploying" the next build touches no other test.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test } from '../fixtures/test';

// Waits longer than the default 5 s: two tabs share one renderer process on a shared, busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });
import { ImportPage } from '../pages/ImportPage';

// Beside this checkout's e2e port, so that two checkouts running their suites at once do not share it.
const PORT = Number(process.env.TOLK_E2E_PORT ?? 4173) + 1000;
const ORIGIN = `http://localhost:${PORT}`;
let server: ChildProcess | undefined;
// Its own server, two pages, two service worker updates: on a shared, busy machine (load 40+) that can take minutes.
test.describe.configure({ timeout: 300_000 });
let copy = '';

test.beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'tolk-build-'));
  await cp('dist', copy, { recursive: true });
  server = spawn('./node_modules/.bin/vite', ['preview', '--outDir', copy, '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  await expect.poll(async () => (await fetch(ORIGIN).catch(() => undefined))?.ok ?? false, { timeout: 240_000 }).toBe(true);
});

test.afterAll(async () => {
  server?.kill();
  await rm(copy, { recursive: true, force: true });
});

test('"Reload now" in one tab reloads that tab only; the other keeps its pasted text until its learner chooses', async ({ page }) => {
  const reading = page;
  const importing = await page.context().newPage();
  await reading.goto(`${ORIGIN}/`);
  await expect.poll(() => reading.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
  const form = new ImportPage(importing);
  await importing.goto(`${ORIGIN}/import`);
  await expect.poll(() => importing.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
  await form.text('nb').fill('Teksten jeg limte inn, og som ikke er lagret.');
  // A mark on each page's window: a reload wipes it.
  for (const tab of [reading, importing]) await tab.evaluate(() => ((window as unknown as { tolkMark?: number }).tolkMark = 1));
  // While a tab reloads its old page is gone and the new one not there yet: 'reloading' until it can answer.
  const marked = (tab: typeof page) => tab.evaluate(() => (window as unknown as { tolkMark?: number }).tolkMark === 1).catch(() => 'reloading');

  await appendFile(join(copy, 'sw.js'), '\n// the next build\n');
  await reading.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const notice = (tab: typeof page) => tab.getByRole('status').filter({ hasText: 'A new version of Tolk is ready.' });
  await expect(notice(reading)).toBeVisible({ timeout: 15_000 });
  await expect(notice(importing)).toBeVisible({ timeout: 15_000 });

  await notice(reading).getByRole('button', { name: 'Reload now' }).click();
  await expect.poll(() => marked(reading)).toBe(false);
  await expect(notice(reading)).toBeHidden();
  // The new worker controls both tabs now, but the other tab was not reloaded under its learner's hands.
  await expect.poll(() => importing.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  expect(await marked(importing)).toBe(true);
  await expect(form.text('nb')).toHaveValue('Teksten jeg limte inn, og som ikke er lagret.');
  await expect(notice(importing)).toBeVisible();

  // When its learner chooses, that tab reloads too.
  await notice(importing).getByRole('button', { name: 'Reload now' }).click();
  await expect.poll(() => marked(importing)).toBe(false);
  await expect(notice(importing)).toBeHidden();
});
