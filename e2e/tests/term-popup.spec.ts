// The term popup and the "Add to glossary" form: what a learner sees when opening a term or adding one.
import { BELARUS, MOSCOW } from '../fixtures/articles';
import { expect, FIRST_ANSWER, test } from '../fixtures/test';

test('the button for the other definition says "Hide" once it is shown', async ({ reader, glossary }) => {
  await reader.open(BELARUS);
  await glossary.mark('nb', 'Tankesmien').click();
  const show = glossary.popup().getByRole('button', { name: 'Show the Norwegian definition' });
  await show.click();
  const hide = glossary.popup().getByRole('button', { name: 'Hide the Norwegian definition' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await hide.click();
  await expect(show).toHaveAttribute('aria-expanded', 'false');
});

test('a double-click on a term opens its popup and nothing else', async ({ reader, glossary }) => {
  await reader.open(BELARUS);
  await glossary.mark('nb', 'Tankesmien').dblclick();
  await expect(glossary.popup()).toBeVisible();
  await expect(glossary.addAction()).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the popup sits below the sentence being read, never over it', async ({ reader, glossary }) => {
    test.slow(); // the dictionary's part waits for the dictionary to load (FIRST_ANSWER)
    await reader.open(MOSCOW);
    const mark = glossary.mark('nb', 'varetekt').first();
    await expect(mark).toBeVisible();
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    await expect(glossary.popup()).toBeVisible();
    // The dictionary's part arrives after the sheet opens and makes it taller: the sentence stays clear of that too.
    await expect(glossary.popup().getByRole('region', { name: 'Dictionary' })).toBeVisible(FIRST_ANSWER);
    // The page scrolls the sentence clear once the sheet has grown: the check holds once that is done.
    await expect(async () => {
      const sentence = await mark.locator('xpath=ancestor::*[@data-seg][1]').boundingBox();
      const popup = await glossary.popup().boundingBox();
      if (!sentence || !popup) throw new Error('not on screen');
      expect(sentence.y + sentence.height).toBeLessThanOrEqual(popup.y);
      expect(sentence.y).toBeGreaterThanOrEqual(0);
      expect(Math.round(popup.y + popup.height)).toBe(740);
    }).toPass();
  });
});

test('a term of your own without English shows no dangling separator', async ({ reader, glossary, page }) => {
  await reader.open(MOSCOW);
  await reader.sentence('nb', 'Syv av disse skal være varetektsfengslet.').focus();
  await page.keyboard.press('a');
  await glossary.termDialog().getByLabel('Term in Norwegian').fill('varetektsfengslet');
  await glossary.termDialog().getByRole('button', { name: 'Save' }).click();
  await glossary.personalMark('nb', 'varetektsfengslet').first().click();
  await expect(glossary.popup()).toContainText('varetektsfengslet');
  await expect(glossary.popup()).not.toContainText('·');
});

test('the form fills in the English the glossary finds in the aligned sentence, shows the picked words, and warns of a duplicate as you type', async ({ reader, glossary, page }) => {
  test.slow(); // a selection, two forms and a save: long on a busy 2-core machine
  await reader.open(BELARUS);
  await glossary.dragToSelect(glossary.mark('nb', 'Tankesmien'));
  await glossary.addAction().click();
  const dialog = glossary.termDialog();
  await expect(dialog.getByLabel('Term in English')).toHaveValue('think tank');
  await expect(dialog.getByRole('button', { name: 'think', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(dialog.getByRole('button', { name: 'tank', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // Picking another word starts the term again, and the state follows.
  await dialog.getByRole('button', { name: 'Institute', exact: true }).click();
  await expect(dialog.getByLabel('Term in English')).toHaveValue('Institute');
  await expect(dialog.getByRole('button', { name: 'Institute', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(dialog.getByRole('button', { name: 'think', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await reader.sentence('nb', 'Putin har gått så langt som å si at terrorangrepet er en del av Ukrainas angrep på Russland.').focus();
  await page.keyboard.press('a');
  await dialog.getByLabel('Term in English').fill('institutes');
  await expect(dialog.getByText('You already have “Institute”.')).toBeVisible();
  await expect(dialog.getByLabel('Term in English')).toHaveAttribute('aria-invalid', 'true');
});
