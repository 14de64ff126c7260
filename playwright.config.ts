// End-to-end tests in headless Chromium against the built app: Debian's /usr/bin/chromium when present, else Playwright's own.
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './build/chromium.ts';

// TOLK_E2E_PORT lets two checkouts run their suites at once without one reusing the other's server.
const PORT = Number(process.env.TOLK_E2E_PORT ?? 4173);

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
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `npm run build && ./node_modules/.bin/vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
