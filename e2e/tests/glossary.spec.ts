// Glossary popups: marks in both panes, popups by hover, keyboard and tap, the counterpart highlight, the switch and the panel.
import { AxeBuilder } from '@axe-core/playwright';
import { BELARUS, MOSCOW } from '../fixtures/articles';
import { expect, FIRST_ANSWER, test } from '../fixtures/test';

const THINK_TANK_EN = 'An organisation that conducts research and advises on specific topics such as politics, economics, or military strategies.';

test('hovering "think tank" in English and its bokmål counterpart opens a popup with both terms and the definition', async ({ reader, glossary }) => {
  test.slow(); // the dictionary's part waits for the dictionary to load (FIRST_ANSWER)
  await reader.open(BELARUS);
  await glossary.mark('en', 'think tank').first().hover();
  await expect(glossary.popup()).toBeVisible();
  await expect(glossary.popup()).toContainText('tankesmie · think tank');
  await expect(glossary.popup()).toContainText(THINK_TANK_EN);
  await expect(glossary.popup()).toContainText('Concept');

  await reader.pane('nb').getByRole('heading', { level: 1 }).hover(); // away: the popup closes after a moment
  await expect(glossary.popup()).toBeHidden();

  await glossary.mark('nb', 'Tankesmien').hover();
  await expect(glossary.popup()).toContainText('tankesmie · think tank');
  // The dictionary's part comes a moment later and pushes the buttons down: the learner clicks once it is there.
  await expect(glossary.popup().getByRole('region', { name: 'Dictionary' })).toContainText('noun', FIRST_ANSWER);
  // The other language's definition is one step away.
  await glossary.popup().getByRole('button', { name: 'Show the Norwegian definition' }).click();
  await expect(glossary.popup()).toContainText('En organisasjon som forsker på og gir råd om bestemte temaer');
});

test('the pointer can cross from the term to the popup without it closing', async ({ reader, glossary, page }) => {
  await page.clock.install(); // time runs as usual; runFor below jumps past the close delay instead of waiting it out
  await reader.open(BELARUS);
  await glossary.mark('en', 'think tank').first().hover();
  const button = glossary.popup().getByRole('button', { name: 'Show the Norwegian definition' });
  await button.hover();
  await page.clock.runFor(1000);
  await expect(glossary.popup()).toBeVisible();
  await button.click();
  await expect(glossary.popup().getByRole('button', { name: 'Hide the Norwegian definition' })).toHaveAttribute('aria-expanded', 'true');
  // Used, the popup stays put: a grown popup may flip above its term and leave the pointer outside it.
  await page.mouse.move(5, 5);
  await page.clock.runFor(1000);
  await expect(glossary.popup()).toBeVisible();
});

test('while a popup is open the same entry is highlighted in the counterpart paragraph', async ({ reader, glossary }) => {
  await reader.open(BELARUS);
  await glossary.mark('en', 'think tank').first().hover();
  await expect(glossary.popup()).toBeVisible();
  await expect(glossary.mark('nb', 'Tankesmien')).toHaveClass(/is-counterpart/);
  await expect(glossary.mark('en', 'think tank').first()).toHaveAttribute('aria-expanded', 'true');
});

test('opening and closing a popup with the keyboard alone', async ({ reader, glossary, page }) => {
  await reader.open(MOSCOW);
  const mark = glossary.mark('nb', 'ISKP');
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(glossary.popup()).toBeVisible();
  await expect(glossary.popup()).toBeFocused();
  await expect(glossary.popup()).toContainText('ISKP');
  await page.keyboard.press('Tab'); // say the bokmål term
  await page.keyboard.press('Tab'); // say the English term
  await page.keyboard.press('Tab');
  await expect(glossary.popup().getByRole('button', { name: 'Show the Norwegian definition' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(glossary.popup()).toBeHidden();
  await expect(mark).toBeFocused();
  // Focus leaving the popup closes it.
  await page.keyboard.press('Enter');
  await expect(glossary.popup()).toBeFocused();
  await page.keyboard.press('Tab'); // say the bokmål term
  await page.keyboard.press('Tab'); // say the English term
  await page.keyboard.press('Tab'); // the other definition
  await page.keyboard.press('Tab'); // Close
  await expect(glossary.popup().getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab'); // out of the popup
  await expect(glossary.popup()).toBeHidden();
  await mark.focus();
  // Space opens too; a click outside closes.
  await page.keyboard.press(' ');
  await expect(glossary.popup()).toBeVisible();
  await reader.pane('nb').getByText('Original', { exact: true }).click(); // outside the popup, and no word of the article (a word would open its own popup)
  await expect(glossary.popup()).toBeHidden();
});

test('the switch and its shortcut hide and restore the marks, and the choice survives a reload', async ({ reader, glossary, page }) => {
  await reader.open(BELARUS);
  await expect(glossary.mark('en', 'think tank').first()).toBeVisible();
  await expect(glossary.switch()).toHaveAttribute('aria-checked', 'true');

  await glossary.switch().click();
  await expect(glossary.switch()).toHaveAttribute('aria-checked', 'false');
  await expect(glossary.marks()).toHaveCount(0);
  await expect(glossary.panelButton()).toBeHidden();
  await expect(reader.sentence('en', 'ISKP have claimed responsibility for the attack, and experts believe everything points to them.')).toBeVisible();

  await page.reload();
  await reader.whole(); // the app's panes, not the snapshot's copy
  await expect(glossary.switch()).toHaveAttribute('aria-checked', 'false');
  await expect(glossary.marks()).toHaveCount(0);

  await reader.pane('en').click();
  await page.keyboard.press('g');
  await expect(glossary.switch()).toHaveAttribute('aria-checked', 'true');
  await expect(glossary.mark('en', 'think tank').first()).toBeVisible();
});

test('the terms panel lists the article\'s entries in both languages and takes you to the first occurrence', async ({ reader, glossary, page }) => {
  await reader.open(MOSCOW);
  await glossary.panelButton().click();
  const entry = glossary.panel().getByRole('button', { name: 'Den kollektive sikkerhetspakten · Collective Security Treaty Organization' });
  await expect(entry).toBeVisible();
  // The flash lasts two seconds: the page records that it happened, so a slow machine cannot miss it.
  await page.evaluate(() => {
    const seen = document.createElement('meta');
    seen.id = 'flash-seen';
    new MutationObserver(() => {
      if (document.querySelector('.term.is-flash')) seen.setAttribute('content', 'yes');
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
    document.head.append(seen);
  });
  await entry.click();
  const first = glossary.mark('nb', 'Den kollektive sikkerhetspakten');
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();
  await expect(page.locator('#flash-seen')).toHaveAttribute('content', 'yes');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap opens the popup, and it stays inside the viewport at either edge', async ({ reader, glossary, page }) => {
    await reader.open(BELARUS);
    for (const [lang, term] of [['en', 'think tank'], ['nb', 'Tankesmien'], ['en', /^Tajikistan$/]] as const) {
      const mark = glossary.mark(lang, term).first();
      await mark.scrollIntoViewIfNeeded();
      await mark.tap();
      await expect(glossary.popup()).toBeVisible();
      const box = await glossary.popup().boundingBox();
      const anchor = await mark.boundingBox();
      expect(box && anchor).toBeTruthy();
      if (!box || !anchor) return;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      // It does not cover the term.
      const overlaps = box.y < anchor.y + anchor.height && anchor.y < box.y + box.height && box.x < anchor.x + anchor.width && anchor.x < box.x + box.width;
      expect(overlaps).toBe(false);
      await page.keyboard.press('Escape');
      await expect(glossary.popup()).toBeHidden();
    }
  });
});

test('axe finds no violations with a popup open', async ({ reader, glossary, page }) => {
  test.setTimeout(90_000); // axe walks every mark of the article
  await reader.open(BELARUS);
  await glossary.mark('en', 'think tank').first().click();
  await expect(glossary.popup()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations).toEqual([]);
});

test.describe('in bokmål', () => {
  test.use({ uiLanguage: 'nb' });

  test('the switch is named "Ordliste" and the popup defines in bokmål first', async ({ reader, glossary }) => {
    await reader.open(BELARUS);
    await expect(glossary.switch('Ordliste')).toBeVisible();
    await glossary.mark('en', 'think tank').first().hover();
    await expect(glossary.popup()).toContainText('En organisasjon som forsker på og gir råd om bestemte temaer');
    await expect(glossary.popup().getByRole('button', { name: 'Vis den engelske definisjonen' })).toBeVisible();
  });
});
