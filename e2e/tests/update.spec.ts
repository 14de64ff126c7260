// Updates: when the next build's service worker is waiting, a notice offers to reload; reading and data carry over.
// This test serves its own copy of the build on another port, so that "deploying" the next build touches no other test.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MOSCOW } from '../fixtures/articles';
import { expect, test } from '../fixtures/test';

const PORT = 4181;
const ORIGIN = `http://localhost:${PORT}`;
let server: ChildProcess | undefined;
let copy = '';

test.beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'tolk-build-'));
  await cp('dist', copy, { recursive: true });
  server = spawn('./node_modules/.bin/vite', ['preview', '--outDir', copy, '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  await expect.poll(async () => (await fetch(ORIGIN).catch(() => undefined))?.ok ?? false, { timeout: 20_000 }).toBe(true);
});

test.afterAll(async () => {
  server?.kill();
  await rm(copy, { recursive: true, force: true });
});

test('a new version waiting shows a notice; reloading switches to it and keeps the reader\'s data', async ({ page }) => {
  await page.goto(`${ORIGIN}/read/${MOSCOW}`);
  const swap = page.getByRole('button', { name: /Swap sides/ });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
  await swap.click();
  await expect(swap).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('region', { name: 'Norsk', exact: true }).getByText('Syv av disse skal være varetektsfengslet.', { exact: true }).focus();
  await page.keyboard.press('a');
  await page.getByRole('dialog', { name: 'Add to glossary' }).getByLabel('Term in Norwegian').fill('pågrepet');
  await page.getByRole('dialog', { name: 'Add to glossary' }).getByRole('button', { name: 'Save' }).click();
  const personal = page.getByRole('region', { name: 'Norsk', exact: true }).getByRole('button', { name: 'pågrepet', exact: true });
  await expect(personal).toHaveClass(/term-personal/);

  // Deploy the next build: its service worker script differs byte for byte.
  await appendFile(join(copy, 'sw.js'), '\n// the next build\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const notice = page.getByRole('status').filter({ hasText: 'A new version of Tolk is ready.' });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  // Reading goes on while the notice waits.
  await expect(page.getByRole('region', { name: 'Norsk', exact: true }).getByRole('heading', { level: 1 })).toBeVisible();

  await notice.getByRole('button', { name: 'Reload now' }).click();
  await expect(notice).toBeHidden();
  await expect(swap).toHaveAttribute('aria-pressed', 'true');
  await expect(personal).toHaveClass(/term-personal/);
  // The worker that was waiting now controls the page, and nothing is waiting any more.
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
});
