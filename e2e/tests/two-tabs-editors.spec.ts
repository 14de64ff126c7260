// Two tabs fix the same article's pairing, or grade the same review card, at once: no fix is saved over unseen, no grade is lost.
import { writeFile } from 'node:fs/promises';
import { BELARUS } from '../fixtures/articles';
import { expect as baseExpect, test } from '../fixtures/test';
import { importFixture, ImportPage } from '../pages/ImportPage';
import { MyGlossaryPage } from '../pages/MyGlossaryPage';
import { ReviewPage } from '../pages/ReviewPage';

// Two tabs share one renderer on a shared, busy machine: waits longer than the default 5 s, tests longer than 30 s.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const join = (form: ImportPage, n: number) => form.pair(n).getByRole('button', { name: `Join pair ${n} with the next pair`, exact: true });
const splitAfterFirst = (form: ImportPage, n: number) => form.pair(n).getByRole('button', { name: `Split pair ${n} after Norwegian sentence 1`, exact: true });
const conflictIn = (form: ImportPage) => form.page.getByRole('alert').filter({ has: form.page.getByRole('button', { name: 'Keep mine' }) });

test('a pairing fixed in both tabs: the tab whose fix started from an older pairing is told, sees both, and chooses', async ({ page }) => {
  const a = new ImportPage(page);
  await a.goto();
  await a.importTexts(await importFixture('ferge-nb.txt'), await importFixture('ferge-en.txt'));
  await a.openEditor();
  await expect(a.pair(2)).toBeVisible();
  const imported = await a.pairs().count();
  const b = new ImportPage(await page.context().newPage());
  await b.page.goto(page.url());
  await expect(b.pairs()).toHaveCount(imported);

  // A fix in A; B, with no change of its own, shows it, and its own fix builds on it.
  await join(a, 2).click();
  await expect(a.status()).toContainText('Saved.');
  await expect(b.pairs()).toHaveCount(imported - 1);
  await join(b, 4).click();
  await expect(b.status()).toContainText('Saved.');

  // A's next fix starts from its own pairing, which B's fix replaced: refused, told, A's fix still on screen.
  await splitAfterFirst(a, 2).click();
  await expect(conflictIn(a)).toContainText('changed in another tab');
  await expect(a.pairs()).toHaveCount(imported);
  await conflictIn(a).getByRole('button', { name: 'See both' }).click();
  await expect(conflictIn(a).getByRole('region', { name: 'Yours (not saved)' })).toContainText(`${imported} pairs`);
  await expect(conflictIn(a).getByRole('region', { name: 'Saved in the other tab' })).toContainText(`${imported - 2} pairs`);
  await conflictIn(a).getByRole('button', { name: 'Take the saved one' }).click();
  await expect(conflictIn(a)).toBeHidden();
  await expect(a.pairs()).toHaveCount(imported - 2);
  await join(a, 1).click();
  await expect(a.status()).toContainText('Saved.');

  // Now B is behind: its fix is refused and told; it keeps its own.
  await splitAfterFirst(b, 2).click();
  await expect(conflictIn(b)).toContainText('changed in another tab');
  await conflictIn(b).getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflictIn(b)).toBeHidden();
  await expect(b.status()).toContainText('Saved.');
  await a.page.reload();
  await expect(a.pairs()).toHaveCount(imported - 1);
  await expect(a.pair(2)).toBeVisible();
});

test('the same card graded in two tabs at once: every grade given counts, none is lost', async ({ page }, testInfo) => {
  const glossary = new MyGlossaryPage(page);
  await glossary.goto();
  const path = testInfo.outputPath('one-term.json');
  const at = Date.UTC(2026, 2, 1);
  const context = { articleId: BELARUS, block: 4, seg: 0, nb: 'Tankesmien påpeker at det direkte undergraver Kremls versjon.', en: 'The think tank points out that it undermines the Kremlin’s version.' };
  await writeFile(path, JSON.stringify({ format: 'tolk-glossary', version: 1, terms: [{ id: 't1', terms: { nb: 'tankesmie', en: 'think tank' }, note: '', context, createdAt: at, updatedAt: at }] }));
  await glossary.importFile(path);
  await expect(glossary.status('Added 1 term.')).toBeVisible();

  const tabs = [new ReviewPage(page), new ReviewPage(await page.context().newPage())];
  for (const tab of tabs) {
    await tab.goto();
    await expect(tab.navLink()).toHaveAccessibleName('Review 2 due');
    await tab.revealButton().click();
    await expect(tab.gradeButton('Good')).toBeVisible();
  }
  // Both tabs show the same card with its answer; the learner grades it in each at the same moment.
  await Promise.all(tabs.map((tab) => tab.page.keyboard.press('3')));

  for (const tab of tabs) await expect(tab.navLink()).toHaveAccessibleName('Review 1 due');
  // Usually both keys find the answer showing and the card is graded twice. On a busy machine one tab can hear of the
  // other's grade first: it has moved on to the next card, answer hidden, and its key grades nothing (its Undo stays
  // off). Whatever was graded is stored, once each.
  const given = (await Promise.all(tabs.map((tab) => tab.undoButton().isEnabled()))).filter(Boolean).length;
  expect(given).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'See your progress' }).click();
  await expect(page.getByText(`Reviews in the last 30 days: ${given}, on 1 day.`)).toBeVisible();
});
