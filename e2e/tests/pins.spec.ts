// Pinning a pair in the pairing editor: the pin holds when the rest is re-aligned around it, and survives a reload.
import { expect, test } from '../fixtures/test';
import { importFixture, ImportPage } from '../pages/ImportPage';

const NB_COST = 'Overgangen har kostet rundt 700 millioner kroner.';
const NB_STATE = 'Staten har betalt en stor del av regningen gjennom Enova.';
const EN_STATE = 'The state has paid a large part of the bill through Enova.';
const NB_CHARGING = 'Ladingen skjer mens bilene kjører av og på.';

test('a pinned pair holds when the rest is re-aligned around it, and after a reload', async ({ page }) => {
  const form = new ImportPage(page);
  await form.goto();
  await form.importTexts(await importFixture('ferge-nb.txt'), await importFixture('ferge-en.txt'));
  await form.openEditor();
  await expect(form.pair(2)).toContainText(NB_COST);
  const imported = await form.pairs().count();

  // The learner decides the cost and who paid belong together as one pair, and pins it.
  await form.pair(2).getByRole('button', { name: 'Join pair 2 with the next pair' }).click();
  await expect(form.pair(2)).toContainText(NB_STATE);
  await expect(form.pin(2)).toHaveAttribute('aria-pressed', 'false');
  await expect(form.realign()).toBeDisabled();
  await form.pin(2).click();
  await expect(form.pin(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(form.status()).toContainText('Pair 2 is pinned');

  // A wrong join further down, which a re-alignment should undo.
  await form.pair(3).getByRole('button', { name: 'Join pair 3 with the next pair' }).click();
  await expect(form.pair(3)).toContainText(NB_CHARGING);
  await expect(form.pairs()).toHaveCount(imported - 2);
  await expect(form.pin(2)).toHaveAttribute('aria-pressed', 'true');

  await form.realign().click();
  await expect(form.status()).toContainText('Re-aligned around 1 pinned pair.');
  // The pin holds (the aligner on its own pairs these two sentences separately) and the rest is re-paired.
  await expect(form.pair(2)).toContainText(NB_STATE);
  await expect(form.pair(2)).toContainText(EN_STATE);
  await expect(form.pin(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(form.pair(3)).not.toContainText(NB_CHARGING);
  await expect(form.pairs()).toHaveCount(imported - 1);

  await page.reload();
  await expect(form.pair(2)).toContainText(NB_STATE);
  await expect(form.pin(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(form.pairs()).toHaveCount(imported - 1);

  // A fix that changes the pinned pair drops its pin, and says so.
  await form.pair(2).getByRole('button', { name: 'Split pair 2 after Norwegian sentence 1' }).click();
  await expect(form.status()).toContainText('altered a pinned pair');
  await expect(form.pin(2)).toHaveAttribute('aria-pressed', 'false');
});
