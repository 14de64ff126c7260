// The Chromium the e2e tests and the build's first-visit pages run in: Debian's /usr/bin/chromium (or TOLK_CHROMIUM) when present, else Playwright's own.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = process.env.TOLK_CHROMIUM ?? '/usr/bin/chromium';

/** Playwright's launch options for it; without the networking flags Chromium reaches for hosts that this network refuses. */
export function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
  return existsSync(SYSTEM_CHROMIUM)
    ? { executablePath: SYSTEM_CHROMIUM, args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] }
    : {};
}
