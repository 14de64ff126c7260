// Backup: save everything (imported articles too) to a file, restore it in a fresh browser profile after a preview; a bad file changes nothing.
import type { Browser, Page, TestInfo } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { BELARUS } from '../fixtures/articles';
import { savedBlock } from '../fixtures/rawStore';
import { expect, test } from '../fixtures/test';
import { importFixture, ImportPage } from '../pages/ImportPage';

/** Saves a backup from `page`, then opens Settings in a new browser profile and chooses the file there: returns that page and the preview. */
async function backUpIntoNewProfile(page: Page, browser: Browser, testInfo: TestInfo) {
  await page.goto('/settings');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a backup file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tolk-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('backup.json');
  await download.saveAs(file);

  const fresh = await browser.newContext({ locale: 'en-GB' });
  const other = await fresh.newPage();
  await other.goto('/settings');
  await other.getByLabel('Restore from a backup file').setInputFiles(file);
  return { fresh, other, preview: other.getByRole('group', { name: 'What the backup will restore' }) };
}

test('a backup restored in a new browser profile gives back the glossary, settings and reading positions', async ({ reader, glossary, page, browser }, testInfo) => {
  test.slow(); // two browser profiles, each loading the app and its articles: about 30 s on a busy 2-core machine
  await reader.open(BELARUS);
  const iskp = reader.sentence('nb', 'ISKP har tatt på seg ansvaret for angrepet, og eksperter mener alt peker i deres retning.');
  const iskpBlock = Number(await iskp.locator('xpath=ancestor-or-self::*[@data-block][1]').getAttribute('data-block'));
  await iskp.focus();
  await page.keyboard.press('a');
  await glossary.termDialog().getByLabel('Term in Norwegian').fill('ansvaret');
  await glossary.termDialog().getByLabel('Term in English').fill('responsibility');
  await glossary.termDialog().getByLabel('Note or definition').fill('«ta på seg ansvaret» = claim responsibility');
  await glossary.termDialog().getByRole('button', { name: 'Save' }).click();
  await expect(glossary.personalMark('nb', 'ansvaret')).toBeVisible();
  await reader.swapButton().click();
  await reader.pane('en').getByRole('heading', { name: 'May have consequences' }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 10);
  // Saved shortly after scrolling stops: past the sentence the term came from (whose position may have been saved before).
  await expect.poll(() => savedBlock(page, BELARUS)).toBeGreaterThan(iskpBlock);

  const { fresh, other, preview } = await backUpIntoNewProfile(page, browser, testInfo);
  await expect(preview).toContainText('holds settings: 1, reading positions: 1, your glossary terms: 1.');
  await preview.getByRole('button', { name: 'Restore' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Restored' })).toHaveText('Restored. Settings: 1, reading positions: 1, your glossary terms: 1.');

  await other.goto('/');
  await expect(other.getByText('Continue where you left off')).toBeVisible();
  await other.getByRole('link', { name: /The president of Belarus/ }).click();
  await expect(other.getByRole('button', { name: /Swap sides/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(other.getByRole('region', { name: 'English' }).getByRole('heading', { name: 'May have consequences' })).toBeInViewport();
  const restored = other.getByRole('region', { name: 'Norsk', exact: true }).getByRole('button', { name: 'ansvaret', exact: true });
  await expect(restored).toHaveClass(/term-personal/);
  await restored.click();
  await expect(other.getByRole('dialog')).toContainText('«ta på seg ansvaret» = claim responsibility');
  await fresh.close();
});

test('a file that is not a backup gets a clear message and changes nothing', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('notes.json');
  await writeFile(file, '{"terms": []}');
  await page.goto('/settings');
  await page.getByLabel('Restore from a backup file').setInputFiles(file);
  await expect(page.getByRole('alert')).toHaveText('“notes.json” is not a Tolk backup file. Nothing was changed.');
  await expect(page.getByRole('group', { name: 'What the backup will restore' })).toBeHidden();
});

test('an imported article and its fixed pairing come back from a backup in a new browser profile', async ({ page, browser }, testInfo) => {
  test.slow(); // two browser profiles, as above
  const form = new ImportPage(page);
  await form.goto();
  await form.importTexts(await importFixture('ferge-nb.txt'), await importFixture('ferge-en.txt'));
  await form.openEditor();
  await form.pair(2).getByRole('button', { name: 'Join pair 2 with the next pair' }).click();
  await expect(form.pair(2)).toContainText('Staten har betalt');

  const { fresh, other, preview } = await backUpIntoNewProfile(page, browser, testInfo);
  await expect(preview).toContainText('It also holds 1 imported article.');
  await preview.getByRole('button', { name: 'Restore' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();

  await other.goto('/');
  await other.getByRole('link', { name: /Elektriske ferger tar over Oslofjorden/ }).click();
  await expect(
    other.getByRole('region', { name: 'Norsk', exact: true }).getByText('Overgangen har kostet rundt 700 millioner kroner. Staten har betalt en stor del av regningen gjennom Enova.', { exact: true }),
  ).toBeVisible();
  await fresh.close();
});
