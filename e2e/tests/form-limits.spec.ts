// The term forms take what every import and restore takes, and no more: a note over 5,000 characters or with hidden
// control characters is explained at the field and not saved (the reader's dialog: personal-terms.spec.ts).
import { writeFile } from 'node:fs/promises';
import { expect, test } from '../fixtures/test';
import { MyGlossaryPage } from '../pages/MyGlossaryPage';

test('a note over the import limit, or with a hidden direction mark, is explained at the field and nothing is saved', async ({ page }, testInfo) => {
  const glossary = new MyGlossaryPage(page);
  await glossary.goto();
  const path = testInfo.outputPath('seed.csv');
  await writeFile(path, 'front,back,note\r\ntankesmie,think tank,"a group that thinks, for money"\r\n');
  await glossary.importFile(path);
  await expect(glossary.count()).toHaveText('1 term');
  await glossary.editButton('tankesmie').click();
  await glossary.field('note').fill('n'.repeat(5001));
  await glossary.saveButton().click();
  await expect(glossary.field('note')).toHaveAttribute('aria-invalid', 'true');
  await expect(glossary.field('note')).toHaveAccessibleDescription('A note can be at most 5,000 characters long; this one has 5,001. Shorten it to save.');
  await expect(glossary.field('note')).toBeFocused();
  await expect(glossary.field('note')).toHaveValue('n'.repeat(5001));

  await glossary.field('note').fill('see \u202Eabove');
  await expect(glossary.field('note')).toHaveAccessibleDescription(/invisible control characters/);
  await glossary.saveButton().click();
  await expect(glossary.editForm()).toBeVisible();
  await glossary.cancelButton().click();
  await page.reload();
  await expect(glossary.item('tankesmie – think tank').getByText('a group that thinks, for money', { exact: true })).toBeVisible();

  await glossary.editButton('tankesmie').click();
  await glossary.field('note').fill('n'.repeat(5000));
  await glossary.saveButton().click();
  await expect(glossary.editForm()).toBeHidden();
  await expect(glossary.item(/^tankesmie/).getByText('n'.repeat(5000))).toBeVisible();
});
