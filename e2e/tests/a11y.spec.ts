// Automated accessibility checks (axe) on the library, the reader (both layouts and themes), search, import and the alignment editor.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { BELARUS } from '../fixtures/articles';
import { IMPORT_FIXTURES, ImportPage } from '../pages/ImportPage';
import { expect, test } from '../fixtures/test';

// axe walks every node of a reader with hundreds of marks: it takes tens of seconds on a 2-core machine.
test.describe.configure({ timeout: 90_000 });

const scan = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();

test('the library has no axe violations', async ({ library, page }) => {
  await library.goto();
  await library.articleLink(/Russland/).waitFor();
  expect((await scan(page)).violations).toEqual([]);
});

test('the reader has no axe violations side by side', async ({ reader, page }) => {
  await reader.open(BELARUS);
  expect((await scan(page)).violations).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the stacked reader has no axe violations', async ({ reader, page }) => {
    await reader.open(BELARUS);
    expect((await scan(page)).violations).toEqual([]);
  });
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the reader has no axe violations', async ({ reader, page }) => {
    await reader.open(BELARUS);
    await reader.sentence('en', 'ISKP have claimed responsibility for the attack, and experts believe everything points to them.').hover();
    expect((await scan(page)).violations).toEqual([]);
  });
});

test('search results, the import form with its problems, and the alignment editor have no axe violations', async ({ library, page }) => {
  await library.goto();
  await page.getByRole('searchbox', { name: 'Search all articles' }).fill('Lukasjenko');
  await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().waitFor();
  expect((await scan(page)).violations).toEqual([]);

  const form = new ImportPage(page);
  await form.goto();
  await form.text('nb').fill(await readFile(new URL('ferge-nb.txt', IMPORT_FIXTURES), 'utf8'));
  await form.submit().click();
  await form.problems().waitFor();
  expect((await scan(page)).violations).toEqual([]);

  await form.text('en').fill(await readFile(new URL('ferge-en.txt', IMPORT_FIXTURES), 'utf8'));
  await form.submit().click();
  await page.getByRole('link', { name: 'Check and fix the sentence pairs' }).click();
  await form.pair(1).waitFor();
  expect((await scan(page)).violations).toEqual([]);
});
