// The reading position: leave an article mid-way, reload or come back, and it opens where you were.
import { BELARUS, MOSCOW } from '../fixtures/articles';
import { savedBlock } from '../fixtures/rawStore';
import { expect, test } from '../fixtures/test';

test('the reading position survives a reload and a visit to another article', async ({ reader, library, page }) => {
  await reader.open(BELARUS);
  const heading = reader.pane('en').getByRole('heading', { name: 'May have consequences' });
  await heading.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 0)); // make sure a scroll event fires
  await page.mouse.wheel(0, 10);
  // The position is saved shortly after scrolling stops.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  await expect.poll(() => savedBlock(page, BELARUS)).toBeGreaterThan(0);

  await page.reload();
  await reader.whole(); // the app's own panes: the snapshot's copy shows the same rows first
  await expect(reader.pane('en').getByRole('heading', { name: 'May have consequences' })).toBeInViewport();

  await library.goto();
  await expect(page.getByText('Continue where you left off')).toBeVisible();
  await reader.open(MOSCOW);
  await library.goto();
  await library.articleLink(/The president of Belarus/).click();
  await expect(reader.pane('en').getByRole('heading', { name: 'May have consequences' })).toBeInViewport();
});
