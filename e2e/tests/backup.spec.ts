// Backup: save everything to a file, restore it in a fresh browser profile after a preview; a bad file changes nothing.
import { BELARUS } from '../fixtures/articles';
import { expect, test } from '../fixtures/test';

test('a backup restored in a new browser profile gives back the glossary, settings and reading positions', async ({ reader, glossary, page, browser }, testInfo) => {
  await reader.open(BELARUS);
  await reader.sentence('nb', 'ISKP har tatt på seg ansvaret for angrepet, og eksperter mener alt peker i deres retning.').focus();
  await page.keyboard.press('a');
  await glossary.termDialog().getByLabel('Term in Norwegian').fill('ansvaret');
  await glossary.termDialog().getByLabel('Term in English').fill('responsibility');
  await glossary.termDialog().getByLabel('Note or definition').fill('«ta på seg ansvaret» = claim responsibility');
  await glossary.termDialog().getByRole('button', { name: 'Save' }).click();
  await expect(glossary.personalMark('nb', 'ansvaret')).toBeVisible();
  await reader.swapButton().click();
  await reader.pane('en').getByRole('heading', { name: 'May have consequences' }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 10);
  await page.waitForTimeout(600); // the position is saved shortly after scrolling stops

  await page.goto('/settings');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a backup file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tolk-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('backup.json');
  await download.saveAs(file);

  const fresh = await browser.newContext({ locale: 'en-GB' });
  const other = await fresh.newPage();
  await other.goto('/settings');
  await other.getByLabel('Restore from a backup file').setInputFiles(file);
  const preview = other.getByRole('group', { name: 'What the backup will restore' });
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
  const { writeFile } = await import('node:fs/promises');
  await writeFile(file, '{"terms": []}');
  await page.goto('/settings');
  await page.getByLabel('Restore from a backup file').setInputFiles(file);
  await expect(page.getByRole('alert')).toHaveText('“notes.json” is not a Tolk backup file. Nothing was changed.');
  await expect(page.getByRole('group', { name: 'What the backup will restore' })).toBeHidden();
});
