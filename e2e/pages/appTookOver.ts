// Waiting for the app itself: a page first shows a snapshot's copy (a return visit's, or on a first visit the page's own), inert until the app renders over it.
import type { Page } from '@playwright/test';

/** Resolves once the app has taken over from the copy: its elements take clicks, focus and keys. */
export async function appTookOver(page: Page): Promise<void> {
  await page.locator('#root:not([inert])').waitFor();
}
