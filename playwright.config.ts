// End-to-end tests in headless Chromium against the built app: Debian's /usr/bin/chromium when present, else Playwright's own.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// TOLK_E2E_PORT lets two checkouts run their suites at once without one reusing the other's server.
const PORT = Number(process.env.TOLK_E2E_PORT ?? 4173);
const systemChromium = process.env.TOLK_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e/tests',
  fullyParallel: true,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'en-GB',
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: existsSync(systemChromium)
      ? {
          executablePath: systemChromium,
          // Without the networking flags Chromium reaches for hosts that this network refuses.
          args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        }
      : {},
  },
  webServer: {
    command: `npm run build && ./node_modules/.bin/vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
