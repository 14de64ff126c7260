// Reading an article: both panes complete and aligned, highlights that find their counterpart, swapping, stacking, keys.
import { BELARUS, MOSCOW, shippedArticle, shippedArticles } from '../fixtures/articles';
import { expect, test } from '../fixtures/test';
import { appTookOver } from '../pages/appTookOver';

for (const article of shippedArticles) {
  test(`opens "${article.versions.en.meta.title}" from the library with every paragraph in both panes`, async ({ library, reader, page }) => {
    await library.goto();
    await library.articleLink(article.versions.nb.meta.title).click();
    await reader.whole();
    for (const lang of ['nb', 'en'] as const) {
      const version = article.versions[lang];
      const pane = reader.pane(lang);
      await expect(pane).toHaveAttribute('lang', lang);
      await expect(pane.getByRole('heading', { level: 1 })).toHaveText(version.meta.title);
      const text = await pane.innerText();
      for (const segment of version.blocks.flatMap((b) => b.segments)) expect(text).toContain(segment);
    }
    await expect(page).toHaveURL(new RegExp(`/read/${article.id}$`));
  });
}

test('paragraph pairs start at the same height, so the panes never drift apart', async ({ reader, page }) => {
  await reader.open(BELARUS);
  const tops = (lang: 'nb' | 'en') =>
    reader.pane(lang).locator('[data-block]').evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().top)));
  const [nb, en] = [await tops('nb'), await tops('en')];
  expect(nb.length).toBe(shippedArticle(BELARUS).versions.nb.blocks.length + 1);
  expect(en).toEqual(nb);
  await page.setViewportSize({ width: 1024, height: 800 });
  expect(await tops('en')).toEqual(await tops('nb'));
});

test('pointing at a sentence highlights it and its counterpart', async ({ reader }) => {
  await reader.open(MOSCOW);
  const nb = reader.sentence('nb', 'Terroristene Russland har i varetekt skal være fra Tadsjikistan.');
  const en = reader.sentence('en', 'The terrorists Russia has in custody are said to be from Tajikistan.');
  await nb.hover();
  await expect(nb).toHaveClass(/is-active/);
  await expect(en).toHaveClass(/is-active/);

  const other = reader.sentence('en', 'Ukraine has publicly rejected this.');
  await other.hover();
  await expect(reader.sentence('nb', 'Dette har Ukraina gått ut og avvist.')).toHaveClass(/is-active/);
  await expect(nb).not.toHaveClass(/is-active/);
});

test('a tap highlights the pair on a touch screen', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`/read/${MOSCOW}`);
  await page.getByRole('region', { name: 'English' }).getByText('Seven of them are said to have been remanded in custody.', { exact: true }).tap();
  await expect(page.getByRole('region', { name: 'Norsk' }).getByText('Syv av disse skal være varetektsfengslet.', { exact: true })).toHaveClass(/is-active/);
  await context.close();
});

test('keys step from sentence to sentence, and to the other language, with the highlight following', async ({ reader, page }) => {
  await reader.open(MOSCOW);
  const article = shippedArticle(MOSCOW);
  const title = reader.pane('nb').getByRole('heading', { level: 1 }).locator('[data-seg]');
  // Tab from the toolbar, past its last controls, reaches the first sentence of the first pane.
  await reader.largerText().focus();
  for (let presses = 0; presses < 12 && !(await title.evaluate((el) => el === document.activeElement)); presses++) await page.keyboard.press('Tab');
  await expect(title).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const first = article.versions.nb.blocks[0]?.segments[0] ?? '';
  await expect(reader.sentence('nb', first)).toBeFocused();
  await page.keyboard.press('j');
  const second = article.versions.nb.blocks[1]?.segments[0] ?? '';
  await expect(reader.sentence('nb', second)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const counterpart = reader.sentence('en', article.versions.en.blocks[1]?.segments[0] ?? '');
  await expect(counterpart).toBeFocused();
  await expect(counterpart).toHaveClass(/is-active/);
  await expect(reader.sentence('nb', second)).toHaveClass(/is-active/);
  await page.keyboard.press('k');
  await expect(reader.sentence('en', article.versions.en.blocks[0]?.segments[0] ?? '')).toBeFocused();
});

test.describe('on a short screen, where a long article renders a slice at a time', () => {
  test.use({ viewport: { width: 1280, height: 400 } });

  test('End right after opening reaches the last sentence, and Home the title; all the text follows within seconds', async ({ reader, page }) => {
    await page.goto(`/read/${BELARUS}`);
    await appTookOver(page); // the app's panes, not the page's inert first-visit copy: not yet every slice
    const title = reader.firstSentence('nb');
    // Focus, not a click: a click on a word opens its dictionary popup, which takes the focus.
    await title.focus();
    await page.keyboard.press('End');
    const last = shippedArticle(BELARUS).versions.nb.blocks.at(-1)?.segments.at(-1) ?? '';
    await expect(reader.sentence('nb', last)).toBeFocused();
    await expect(reader.sentence('nb', last)).toBeInViewport();
    await page.keyboard.press('Home');
    await expect(title).toBeFocused();
    await reader.whole();
    const text = await reader.pane('en').innerText();
    for (const segment of shippedArticle(BELARUS).versions.en.blocks.flatMap((b) => b.segments)) expect(text).toContain(segment);
  });

  test('on a page that never goes idle, the rest of the article waits, and comes in as soon as the reader scrolls', async ({ reader, page }) => {
    // No idle period ever: the start-up never settles, so only the reader's own move brings in the slices off screen.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await page.goto(`/read/${BELARUS}`);
    await appTookOver(page);
    await expect(reader.pane('en')).toHaveAttribute('aria-busy', 'true');
    await page.mouse.move(640, 200);
    await page.mouse.wheel(0, 300);
    await reader.whole();
    const text = await reader.pane('en').innerText();
    for (const segment of shippedArticle(BELARUS).versions.en.blocks.flatMap((b) => b.segments)) expect(text).toContain(segment);
  });

  test('End before the rest has come in: the screen shows the end alone, and it stays there while the rest goes in above', async ({ reader, page }) => {
    // The code that brings in the remaining slices waits, so End lands while the middle of the article is missing.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/sliceSteps-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/read/${BELARUS}`);
    await appTookOver(page);
    await reader.firstSentence('nb').focus();
    await page.keyboard.press('End');
    const blocks = shippedArticle(BELARUS).versions.nb.blocks;
    const last = reader.sentence('nb', blocks.at(-1)?.segments.at(-1) ?? '');
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
    // Not the opening's last rows right above it, as if the article went on from there.
    const onScreen = await reader.blocksOnScreen('nb');
    expect(onScreen.at(-1)).toBe(blocks.length - 1);
    expect(onScreen).toEqual(onScreen.map((_, i) => blocks.length - onScreen.length + i));
    release();
    await reader.whole();
    await expect(last).toBeInViewport();
  });
});

test('the swap control puts English on the left and is remembered', async ({ reader, page }) => {
  await reader.open(MOSCOW);
  const left = async (lang: 'nb' | 'en') => (await reader.pane(lang).boundingBox())?.x ?? NaN;
  expect(await left('nb')).toBeLessThan(await left('en'));
  await reader.swapButton().click();
  await expect(reader.swapButton()).toHaveAttribute('aria-pressed', 'true');
  expect(await left('en')).toBeLessThan(await left('nb'));
  await page.reload();
  await reader.whole(); // the app's panes: the snapshot's copy shows first, and is replaced
  expect(await left('en')).toBeLessThan(await left('nb'));
});

test('narrower than 768 px the pairs stack and stay together', async ({ reader, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await reader.open(MOSCOW);
  const article = shippedArticle(MOSCOW);
  const box = async (lang: 'nb' | 'en', block: number, seg = 0) => {
    const b = await reader.sentence(lang, article.versions[lang].blocks[block]?.segments[seg] ?? '').boundingBox();
    if (!b) throw new Error('not visible');
    return b;
  };
  for (const block of [1, 2, 3]) {
    const [nb, en, nextNb] = [await box('nb', block), await box('en', block), await box('nb', block + 1)];
    expect(Math.abs(nb.x - en.x)).toBeLessThan(2); // one column
    expect(en.y).toBeGreaterThan(nb.y); // the counterpart comes right under
    expect(nextNb.y).toBeGreaterThan(en.y); // and before the next pair
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the text size control makes the reader text larger and is remembered', async ({ reader, page }) => {
  await reader.open(MOSCOW);
  const size = () => reader.pane('nb').locator('p.cell-paragraph').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  const before = await size();
  await reader.largerText().click();
  await expect.poll(size).toBeGreaterThan(before);
  await page.reload();
  await reader.pane('nb').waitFor();
  await expect.poll(size).toBeGreaterThan(before);
});

test('an unknown article says so and links back to the library', async ({ page }) => {
  await page.goto('/read/no-such-article');
  await expect(page.getByRole('alert')).toHaveText('There is no article called “no-such-article”.');
  await page.getByRole('main').getByRole('link', { name: 'All articles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
});
