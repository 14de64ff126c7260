// Learners' own terms in the reader: add from a selection or by keyboard, see them marked everywhere, edit, delete, undo.
import { BELARUS, MOSCOW } from '../fixtures/articles';
import { expect, test } from '../fixtures/test';

test('select "Tankesmien" in the Norwegian pane, add it with "think tank", and see it marked in both panes, after a reload and in another tab', async ({ reader, glossary, page, context }) => {
  test.slow(); // two tabs, a build-wide reload and a dozen steps: long on a busy 2-core machine
  // A second tab of Tolk is open on the same article; the learner reads in the first.
  const other = await context.newPage();
  await other.goto(`/read/${BELARUS}`);
  await page.bringToFront();
  await reader.open(BELARUS);
  await expect(glossary.mark('nb', 'Tankesmien')).toBeVisible();

  await glossary.dragToSelect(glossary.mark('nb', 'Tankesmien'));
  await expect(glossary.popup()).toBeHidden(); // selecting a marked word does not open its popup
  await glossary.addAction().click();
  const dialog = glossary.termDialog();
  await expect(dialog.getByLabel('Term in Norwegian')).toHaveValue('Tankesmien');
  // The English sentence's words fill the English term.
  await dialog.getByRole('button', { name: 'think', exact: true }).click();
  await dialog.getByRole('button', { name: 'tank', exact: true }).click();
  await expect(dialog.getByLabel('Term in English')).toHaveValue('think tank');
  await dialog.getByLabel('Note or definition').fill('Som ISW – analyserer krigen.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await expect(glossary.personalMark('nb', 'Tankesmien')).toBeVisible();
  await expect(glossary.personalMark('en', 'think tank').first()).toBeVisible();
  // The other tab shows it without a reload.
  await expect(other.getByRole('region', { name: 'English' }).getByRole('button', { name: 'think tank', exact: true }).first()).toHaveClass(/term-personal/, {
    timeout: 2000,
  });
  await page.reload();
  await expect(glossary.personalMark('nb', 'Tankesmien')).toBeVisible();

  // Its popup shows the learner's note first, and still offers Tolk's definition.
  await glossary.personalMark('en', 'think tank').first().hover();
  await expect(glossary.popup()).toContainText('Your term');
  await expect(glossary.popup()).toContainText('Som ISW – analyserer krigen.');
  await expect(glossary.popup()).toContainText("In Tolk's glossary:");
  await expect(glossary.popup()).toContainText('An organisation that conducts research');
});

test('edit and delete from the popup, and undo the delete', async ({ reader, glossary, page }) => {
  await reader.open(MOSCOW);
  await reader.sentence('nb', 'Syv av disse skal være varetektsfengslet.').focus();
  await page.keyboard.press('a');
  let dialog = glossary.termDialog();
  await dialog.getByLabel('Term in Norwegian').fill('pågrepet');
  await dialog.getByLabel('Term in English').fill('arrested');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const mark = glossary.personalMark('nb', 'pågrepet');
  await expect(mark).toBeVisible();

  await mark.click();
  await glossary.popup().getByRole('button', { name: 'Edit' }).click();
  dialog = glossary.termDialog('Edit your term');
  await dialog.getByLabel('Note or definition').fill('taken by the police');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await mark.click();
  await expect(glossary.popup()).toContainText('taken by the police');

  await glossary.popup().getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “pågrepet”.' })).toBeVisible();
  await expect(glossary.personalMark('nb', 'pågrepet')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(glossary.personalMark('nb', 'pågrepet')).toBeVisible();
  await mark.click();
  await expect(glossary.popup()).toContainText('taken by the police');
});

test('adding a term with the keyboard alone', async ({ reader, glossary, page }) => {
  await reader.open(BELARUS);
  // Tab into the text, step to a sentence, press A: the form opens with that sentence pair.
  const first = reader.pane('nb').getByRole('heading', { level: 1 }).locator('[data-seg]');
  await reader.largerText().focus();
  for (let presses = 0; presses < 8 && !(await first.evaluate((el) => el === document.activeElement)); presses++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('a');
  const dialog = glossary.termDialog();
  await expect(dialog.getByLabel('Term in Norwegian')).toBeFocused();
  await page.keyboard.type('trøbbel');
  await page.keyboard.press('Tab');
  await page.keyboard.type('trouble');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(glossary.personalMark('nb', 'trøbbel')).toBeVisible();
  await expect(glossary.personalMark('en', 'trouble')).toBeVisible();
});

test('bad input gets a message at the field and saves nothing; a duplicate offers the existing term', async ({ reader, glossary, page }) => {
  await reader.open(MOSCOW);
  await reader.sentence('nb', 'Syv av disse skal være varetektsfengslet.').focus();
  await page.keyboard.press('a');
  const dialog = glossary.termDialog();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter the term in at least one language.')).toBeVisible();
  await expect(dialog.getByLabel('Term in Norwegian')).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByLabel('Term in Norwegian').fill('1984');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('A term needs at least one letter; digits and punctuation alone are not a term.')).toBeVisible();

  await dialog.getByLabel('Term in Norwegian').fill('x'.repeat(201));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('A term can be at most 200 characters long.')).toBeVisible();
  // A long paste is kept whole and told, never cut short without a word.
  await dialog.getByLabel('Term in Norwegian').fill('y'.repeat(450));
  await expect(dialog.getByLabel('Term in Norwegian')).toHaveValue('y'.repeat(450));
  await expect(dialog.getByText('A term can be at most 200 characters long.')).toBeVisible();

  // A term found in no article is allowed; its note follows the limit of every import (5,000 characters).
  await dialog.getByLabel('Term in Norwegian').fill('sjøsyk');
  await dialog.getByLabel('Note or definition (in Norwegian or English)').fill('n'.repeat(5001));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Note or definition (in Norwegian or English)')).toHaveAccessibleDescription(
    'A note can be at most 5,000 characters long; this one has 5,001. Shorten it to save.',
  );
  await expect(dialog.getByLabel('Note or definition (in Norwegian or English)')).toBeFocused();
  await dialog.getByLabel('Note or definition (in Norwegian or English)').fill('n'.repeat(5000));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await reader.sentence('nb', 'Syv av disse skal være varetektsfengslet.').focus();
  await page.keyboard.press('a');
  await dialog.getByLabel('Term in Norwegian').fill('Sjøsyke');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('You already have “sjøsyk”.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Open it' }).click();
  await expect(glossary.termDialog('Edit your term').getByLabel('Term in Norwegian')).toHaveValue('sjøsyk');
});

test('each kind of mark switches off on its own; the glossary switch turns all off', async ({ reader, glossary, page }) => {
  await reader.open(MOSCOW);
  await reader.sentence('nb', 'Syv av disse skal være varetektsfengslet.').focus();
  await page.keyboard.press('a');
  await glossary.termDialog().getByLabel('Term in Norwegian').fill('pågrepet');
  await glossary.termDialog().getByRole('button', { name: 'Save' }).click();
  await expect(glossary.personalMark('nb', 'pågrepet')).toBeVisible();

  await page.getByRole('switch', { name: 'My terms' }).click();
  await expect(glossary.personalMark('nb', 'pågrepet')).toHaveCount(0);
  await expect(glossary.mark('nb', 'ISKP')).toBeVisible();
  await page.getByRole('switch', { name: 'My terms' }).click();
  await page.getByRole('switch', { name: "Tolk's terms" }).click();
  await expect(glossary.mark('nb', 'ISKP')).toHaveCount(0);
  await expect(glossary.personalMark('nb', 'pågrepet')).toBeVisible();
  await glossary.switch().click();
  await expect(glossary.marks()).toHaveCount(0);
});
