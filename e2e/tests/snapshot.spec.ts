// The library and the reader paint from their last snapshots (on a first visit, the page's own) before the app's scripts run: at once, as text only, inert until the app takes over.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';
import { ImportPage } from '../pages/ImportPage';
import { ReaderPage } from '../pages/ReaderPage';

// Routing sees every request only without a service worker in between.
test.use({ serviceWorkers: 'block' });

/** Holds the app's entry script back, so that what shows meanwhile can be checked; returns the release. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a returning reader sees the library before the app has started, and can use it once it has', async ({ page, library }) => {
  await library.goto();
  await expect(library.articleLink(/Russland/)).toBeVisible();
  await page.waitForFunction(() => localStorage.getItem('tolk:library-snapshot') !== null);

  const release = await holdAppScript(page);
  await page.reload({ waitUntil: 'commit' });
  const root = page.locator('#root');
  await expect(root).toHaveAttribute('inert', '');
  await expect(root.getByText('Russland kan miste alliert etter Moskva-terroren')).toBeVisible();

  release();
  await expect(root).not.toHaveAttribute('inert', '');
  await library.articleLink(/Russland/).click();
  await expect(page).toHaveURL(/\/read\/russland-miste-alliert/);
});

test('the snapshot shows titles as text: markup in a title is never run or parsed', async ({ page }) => {
  const form = new ImportPage(page);
  await form.importFerryTitled('<img src=x onerror="window.hacked=1">Ferger');
  await expect(form.doneHeading()).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Articles' }).click();
  await page.waitForFunction(() => localStorage.getItem('tolk:library-snapshot')?.includes('onerror') === true);

  const release = await holdAppScript(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('#root').getByText('<img src=x onerror="window.hacked=1">Ferger')).toBeVisible();
  await expect(page.locator('#root img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  release();
});

/**
 * Waits until the reader's snapshot holds `text` (it is written after the panes paint, and again when scrolling
 * settles). Its text nodes are read in order and joined, since the glossary's marks split a sentence into several.
 */
const readerSnapshotHolds = (page: Page, text: string) =>
  page.waitForFunction((wanted) => {
    type Node = string | [string, unknown, Node[]];
    const raw = localStorage.getItem('tolk:reader-snapshot');
    if (!raw) return false;
    const texts: string[] = [];
    const walk = (node: Node): void => void (typeof node === 'string' ? texts.push(node) : node[2].forEach(walk));
    (JSON.parse(raw) as { root: Node[] }).root.forEach(walk);
    return texts.join('').includes(wanted);
  }, text);

test('a returning reader sees both panes of the article before the app has started, and can use them once it has', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.open('russland-miste-alliert');
  await readerSnapshotHolds(page, 'Russia could lose an ally after the terror in Moscow');

  const release = await holdAppScript(page);
  await page.reload({ waitUntil: 'commit' });
  const root = page.locator('#root');
  await expect(root).toHaveAttribute('inert', '');
  await expect(root.locator('[data-pane="nb"]').getByText('Russland kan miste alliert etter Moskva-terroren')).toBeVisible();
  await expect(root.locator('[data-pane="en"]').getByText('Russia could lose an ally after the terror in Moscow')).toBeVisible();

  release();
  await expect(root).not.toHaveAttribute('inert', '');
  await reader.swapButton().click();
  await expect(reader.swapButton()).toHaveAttribute('aria-pressed', 'true');
});

test('the reader copy is laid out with its own styles while the reader\'s stylesheet has not loaded yet', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.open('russland-miste-alliert');
  await readerSnapshotHolds(page, 'Russia could lose an ally after the terror in Moscow');

  const release = await holdAppScript(page);
  let releaseStyles = () => {};
  const stylesHeld = new Promise<void>((resolve) => (releaseStyles = resolve));
  await page.route(/\/assets\/ReaderRoute-[^/]+\.css$/, async (route) => {
    await stylesHeld;
    await route.continue();
  });
  await page.reload({ waitUntil: 'commit' });
  const nb = page.locator('#root [data-pane="nb"]').getByText('Russland kan miste alliert etter Moskva-terroren');
  const en = page.locator('#root [data-pane="en"]').getByText('Russia could lose an ally after the terror in Moscow');
  await expect(en).toBeVisible();
  // The panes stand side by side, as the reader's stylesheet places them, the title of each on one row.
  const [left, right] = [await nb.boundingBox(), await en.boundingBox()];
  if (!left || !right) throw new Error('the titles have no boxes');
  expect(right.x).toBeGreaterThan(left.x + left.width);
  expect(Math.abs(right.y - left.y)).toBeLessThan(4);
  // The page's own stylesheets do not apply to the copy (their arrival would only restyle it, to the same rules). The
  // painter links them once the copy's frame is on screen, a moment after the copy shows.
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('media')))).toEqual(expect.arrayContaining(['not all']));

  releaseStyles();
  release();
  await expect(page.locator('#root')).not.toHaveAttribute('inert', '');
  // The copy's styles went with it: a newer version's stylesheets are never overridden by a stored copy.
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  // The page's own stylesheets, held back while the copy was on screen, place the app's panes side by side.
  expect(await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('media')))).not.toContain('not all');
  await expect
    .poll(async () => {
      const [appLeft, appRight] = [await nb.boundingBox(), await en.boundingBox()];
      return !!appLeft && !!appRight && appRight.x > appLeft.x + appLeft.width && Math.abs(appRight.y - appLeft.y) < 4;
    })
    .toBe(true);
});

test('the reader copy carries only the style rules it uses, and stands where the app drew it', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.open('russland-miste-alliert');
  await readerSnapshotHolds(page, 'Russia could lose an ally after the terror in Moscow');
  const nbTitle = page.locator('#root [data-pane="nb"]').getByText('Russland kan miste alliert etter Moskva-terroren');
  const enTitle = page.locator('#root [data-pane="en"]').getByText('Russia could lose an ally after the terror in Moscow');
  const titles = [nbTitle, enTitle];
  const boxes = () => Promise.all(titles.map(async (title) => title.boundingBox()));
  const drawn = await boxes();
  const [stored, whole] = await page.evaluate(() => {
    const styles = (JSON.parse(localStorage.getItem('tolk:reader-snapshot') ?? '{}') as { styles?: Record<string, string> }).styles ?? {};
    const sameSite = [...document.styleSheets].filter((sheet) => sheet.href?.startsWith(location.origin));
    return [Object.values(styles).join('').length, sameSite.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('').length];
  });
  // Rules for what the copy does not show (the word popup, the settings page, the import form) stay out.
  expect(stored).toBeGreaterThan(0);
  expect(stored).toBeLessThan(whole * 0.7);

  const release = await holdAppScript(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('#root')).toHaveAttribute('inert', '');
  await expect(enTitle).toBeVisible();
  const painted = await boxes();
  for (const [i, box] of painted.entries()) {
    const app = drawn[i];
    if (!box || !app) throw new Error('a title has no box');
    for (const side of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(box[side] - app[side])).toBeLessThan(1);
  }
  release();
  await expect(page.locator('#root')).not.toHaveAttribute('inert', '');
});

test('the reader snapshot shows the rows the learner left on screen, as the app first draws them: without the glossary\'s marks, so nothing moves when the app takes over', async ({ page, glossary }) => {
  const reader = new ReaderPage(page);
  await reader.open('belarus-president-putin');
  await expect(glossary.mark('nb', 'Lukasjenko').first()).toBeVisible();
  // Scrolling makes the app write its snapshot again, now with the marks on screen.
  const far = 'The four are said to have been arrested at a motorway near the Russian city of Bryansk.';
  await reader.sentence('en', far).scrollIntoViewIfNeeded();
  await readerSnapshotHolds(page, far);

  const release = await holdAppScript(page);
  await page.reload({ waitUntil: 'commit' });
  const root = page.locator('#root');
  await expect(root.locator('[data-pane="en"]').getByText(far)).toBeVisible();
  await expect(root.locator('[data-pane="nb"]').getByText('De fire skal ha blitt pågrepet på en motorvei nær den russiske byen Brjansk.')).toBeVisible();
  await expect(root.getByText('Presidenten i Belarus skaper trøbbel for Putin')).toHaveCount(0);
  await expect(root.locator('[data-entry], .term')).toHaveCount(0);
  release();
  await expect(root).not.toHaveAttribute('inert', '');
});

test.describe('a first visit (nothing stored yet)', () => {
  test('shows the article\'s first screen, both panes, from the page itself before the app has started, then the app takes over', async ({ page }) => {
    const release = await holdAppScript(page);
    await page.goto('/read/belarus-president-putin', { waitUntil: 'commit' });
    const root = page.locator('#root');
    const titles = [root.locator('[data-pane="nb"]').getByText('Presidenten i Belarus skaper trøbbel for Putin'), root.locator('[data-pane="en"]').getByText('The president of Belarus is causing trouble for Putin')];
    for (const title of titles) await expect(title).toBeVisible();
    await expect(root.getByText('All articles')).toBeVisible();
    await expect(root).toHaveAttribute('inert', '');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    const places = () => Promise.all([...titles, root.getByText('All articles')].map((element) => element.boundingBox()));
    const copied = await places();

    release();
    const reader = new ReaderPage(page);
    await reader.whole();
    // The copy brings only the style rules its page uses (build/firstVisitStyles.ts); the app, with the whole
    // stylesheets, draws the same things in the same places (to half a pixel: text measures a 64th apart).
    const drawn = await places();
    drawn.forEach((box, i) => {
      for (const side of ['x', 'y', 'width', 'height'] as const) expect(box?.[side]).toBeCloseTo(copied[i]?.[side] ?? NaN, 0);
    });
    await reader.swapButton().click();
    await expect(reader.swapButton()).toHaveAttribute('aria-pressed', 'true');
  });

  test('shows the library from the page itself', async ({ page, library }) => {
    const release = await holdAppScript(page);
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.locator('#root').getByText('Russland kan miste alliert etter Moskva-terroren')).toBeVisible();
    await expect(page.locator('#root')).toHaveAttribute('inert', '');
    release();
    await expect(page.locator('#root')).not.toHaveAttribute('inert', '');
    await library.articleLink(/Russland/).click();
    await expect(page).toHaveURL(/\/read\/russland-miste-alliert/);
  });

  test.describe('in bokmål', () => {
    test.use({ uiLanguage: 'nb' });

    test('the copy speaks the language the app will start in', async ({ page }) => {
      const release = await holdAppScript(page);
      await page.goto('/read/belarus-president-putin', { waitUntil: 'commit' });
      await expect(page.locator('#root').getByText('Alle artikler')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
      release();
      await expect(page.locator('#root')).not.toHaveAttribute('inert', '');
    });
  });
});
