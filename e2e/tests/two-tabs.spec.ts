// Two tabs of Tolk write the same terms at once: no edit is lost without a word, and no term is stored twice.
import type { Page, TestInfo } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { MOSCOW } from '../fixtures/articles';
import { expect as baseExpect, test } from '../fixtures/test';

// Waits longer than the default 5 s: two tabs share one renderer process on a shared, busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });
import { MyGlossaryPage } from '../pages/MyGlossaryPage';
import { ReaderPage } from '../pages/ReaderPage';

// Two pages and several imports each: on a shared, busy machine that takes longer than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const CSV = ['front,back,note,context', 'tankesmie,think tank,,', 'sanksjon,sanction,,', 'fluktrute,escape route,,'].join('\r\n');

async function file(testInfo: TestInfo, name: string, text: string): Promise<string> {
  const path = testInfo.outputPath(name);
  await writeFile(path, text);
  return path;
}

/** A second tab in the same browser (same origin, same IndexedDB), on My glossary. */
async function twoTabs(page: Page): Promise<[MyGlossaryPage, MyGlossaryPage]> {
  const a = new MyGlossaryPage(page);
  const b = new MyGlossaryPage(await page.context().newPage());
  await a.goto();
  await b.goto();
  return [a, b];
}

async function seed(tab: MyGlossaryPage, testInfo: TestInfo) {
  await tab.importFile(await file(testInfo, 'seed.csv', CSV));
  await expect(tab.count()).toHaveText('3 terms');
}

async function openEdit(tab: MyGlossaryPage, term: string, en: string, note: string) {
  await tab.editButton(term).click();
  await tab.field('en').fill(en);
  await tab.field('note').fill(note);
}

test.describe('two tabs editing the same term', () => {
  test('saved at the same moment: one is saved, the other is told and keeps theirs after seeing both', async ({ page }, testInfo) => {
    const [a, b] = await twoTabs(page);
    await seed(a, testInfo);
    await expect(b.count()).toHaveText('3 terms');
    await openEdit(a, 'tankesmie', 'think-tank A', 'from tab A');
    await openEdit(b, 'tankesmie', 'think-tank B', 'from tab B');
    await Promise.all([a.saveButton().click(), b.saveButton().click()]);

    // Exactly one tab hears of the other's edit; its own is still in its form, unsaved.
    await expect.poll(async () => (await a.conflict().count()) + (await b.conflict().count())).toBe(1);
    const [saved, told] = (await a.conflict().count()) === 1 ? [b, a] : [a, b];
    const mine = told === a ? 'A' : 'B';
    const theirs = told === a ? 'B' : 'A';
    await expect(saved.editForm()).toBeHidden();
    await expect(told.field('en')).toHaveValue(`think-tank ${mine}`);
    await told.conflictChoice('seeBoth').click();
    await expect(told.conflict()).toContainText(`think-tank ${mine}`);
    await expect(told.conflict()).toContainText(`think-tank ${theirs}`);

    await told.conflictChoice('keepMine').click();
    await expect(told.editForm()).toBeHidden();
    for (const tab of [a, b]) {
      await expect(tab.item(`tankesmie – think-tank ${mine}`)).toContainText(`from tab ${mine}`);
      await expect(tab.count()).toHaveText('3 terms');
    }
  });

  test('saved one after the other: the later tab is told and can take the saved version', async ({ page }, testInfo) => {
    const [a, b] = await twoTabs(page);
    await seed(a, testInfo);
    await openEdit(a, 'sanksjon', 'sanctions A', '');
    await openEdit(b, 'sanksjon', 'sanctions B', 'B’s note');
    await a.saveButton().click();
    await expect(a.editForm()).toBeHidden();
    await expect(b.list()).toBeVisible();
    await b.saveButton().click();
    await expect(b.conflict()).toBeVisible();
    await b.conflictChoice('takeTheirs').click();
    await expect(b.editForm()).toBeHidden();
    await expect(b.item('sanksjon – sanctions A')).toBeVisible();
    await expect(a.item('sanksjon – sanctions A')).toBeVisible();
  });
});

test.describe('a term deleted in one tab while the other edits it', () => {
  test('the editing tab is told at once, keeps its typing, and can bring the term back as typed', async ({ page }, testInfo) => {
    const [a, b] = await twoTabs(page);
    await seed(a, testInfo);
    await openEdit(a, 'fluktrute', 'escape routes', 'typed in tab A');
    await b.deleteButton('fluktrute').click();
    await expect(b.count()).toHaveText('2 terms');

    await expect(a.conflict()).toContainText('deleted in another tab');
    await expect(a.field('en')).toHaveValue('escape routes');
    await expect(a.field('note')).toHaveValue('typed in tab A');
    await a.conflictChoice('keepMine').click();
    await expect(a.editForm()).toBeHidden();
    for (const tab of [a, b]) {
      await expect(tab.item('fluktrute – escape routes')).toContainText('typed in tab A');
      await expect(tab.count()).toHaveText('3 terms');
    }
  });

  test('the editing tab can let it go; an undo in the other tab makes the form an ordinary edit again', async ({ page }, testInfo) => {
    const [a, b] = await twoTabs(page);
    await seed(a, testInfo);
    await openEdit(a, 'sanksjon', 'sanctions', '');
    await b.deleteButton('sanksjon').click();
    await expect(a.conflict()).toBeVisible();
    await b.undoButton().click();
    await expect(b.count()).toHaveText('3 terms');
    await expect(a.conflict()).toBeHidden();
    await a.saveButton().click();
    await expect(a.editForm()).toBeHidden();
    await expect(b.item('sanksjon – sanctions')).toBeVisible();

    await openEdit(a, 'tankesmie', 'think-tank', '');
    await b.deleteButton('tankesmie').click();
    await a.conflictChoice('dropMine').click();
    await expect(a.editForm()).toBeHidden();
    await expect(a.count()).toHaveText('2 terms');
    await expect(a.item(/^tankesmie/)).toHaveCount(0);
  });
});

test.describe('duplicates across tabs', () => {
  test('delete in one tab, add the same term in the other, undo in the first: one copy, and the first is told', async ({ page }, testInfo) => {
    const [a, b] = await twoTabs(page);
    await seed(a, testInfo);
    await a.deleteButton('fluktrute').click();
    await expect(b.count()).toHaveText('2 terms');
    await b.importFile(await file(testInfo, 'again.csv', 'front,back\r\nfluktrute,escape route\r\n'));
    await expect(b.count()).toHaveText('3 terms');
    await a.undoButton().click();
    await expect(a.alert(/“fluktrute – escape route” was not restored: you already have it/)).toBeVisible();
    await expect(a.count()).toHaveText('3 terms');
    await expect(a.item('fluktrute – escape route')).toHaveCount(1);
  });

  for (const kind of ['csv', 'json'] as const) {
    test(`the same ${kind.toUpperCase()} file confirmed in both tabs adds each term once, and says so`, async ({ page }, testInfo) => {
      const [a, b] = await twoTabs(page);
      const text =
        kind === 'csv'
          ? CSV
          : JSON.stringify({
              format: 'tolk-glossary',
              version: 1,
              terms: ['tankesmie/think tank', 'sanksjon/sanction', 'fluktrute/escape route'].map((pair, i) => {
                const [nb = '', en = ''] = pair.split('/');
                return { id: `t${i}`, terms: { nb, en }, note: '', createdAt: Date.UTC(2025, 0, i + 1), updatedAt: Date.UTC(2025, 0, i + 1) };
              }),
            });
      const path = await file(testInfo, `same.${kind}`, text);
      await a.chooseFile(path);
      await b.chooseFile(path);
      await expect(a.addButton()).toHaveText('Add 3 terms');
      await expect(b.addButton()).toHaveText('Add 3 terms');
      await Promise.all([a.addButton().click(), b.addButton().click()]);

      await expect(a.count()).toHaveText('3 terms');
      await expect(b.count()).toHaveText('3 terms');
      const said = async (tab: MyGlossaryPage) => (await tab.status(/already in your glossary when the import was saved/).count()) === 1;
      await expect.poll(async () => [await said(a), await said(b)].filter(Boolean).length).toBe(1);
      for (const tab of [a, b]) await expect(tab.page.getByText(/storage space/)).toHaveCount(0);
    });
  }

  test('the same new term saved in the reader in both tabs is stored once; the later tab is told', async ({ page }) => {
    const tabs = [page, await page.context().newPage()];
    const sentence = 'Syv av disse skal være varetektsfengslet.';
    for (const tab of tabs) {
      // The second tab may first show the reader's snapshot, an inert copy: the app's own panes take the keys.
      await new ReaderPage(tab).open(MOSCOW);
      await tab.getByRole('region', { name: 'Norsk', exact: true }).getByText(sentence, { exact: true }).focus();
      await tab.keyboard.press('a');
      await tab.getByRole('dialog', { name: 'Add to glossary' }).getByLabel('Term in Norwegian').fill('varetektsfengslet');
    }
    await Promise.all(tabs.map((tab) => tab.getByRole('dialog', { name: 'Add to glossary' }).getByRole('button', { name: 'Save' }).click()));
    const told = async (tab: Page) => tab.getByRole('dialog', { name: 'Add to glossary' }).getByText('You already have “varetektsfengslet”.').count();
    await expect.poll(async () => (await told(tabs[0] as Page)) + (await told(tabs[1] as Page))).toBe(1);
    const glossary = new MyGlossaryPage(page);
    await glossary.goto();
    await expect(glossary.count()).toHaveText('1 term');
  });
});
