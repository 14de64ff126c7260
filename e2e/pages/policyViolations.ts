// Records the Content-Security-Policy violations a page reports, from before its first script.
import type { Page } from '@playwright/test';

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Starts recording on every document the page opens; returns a reader of what the current one has reported. */
export async function recordViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (globalThis as unknown as { __violations: Violation[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }));
  });
  return () => page.evaluate(() => (globalThis as unknown as { __violations: Violation[] }).__violations);
}
