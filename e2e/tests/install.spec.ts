// Installability: a web app manifest with name, language, theme colour and icons at the usual sizes, all served.
import { expect, test } from '../fixtures/test';

test('the web app manifest names Tolk, its language and colours, and its icons load', async ({ page, request }) => {
  // The page as served leaves the link out, so that the browser's work on it waits until the app has started
  // (build/deferManifest.ts); the app links it then.
  for (const path of ['/', '/read/belarus-president-putin', '/settings']) expect(await (await request.get(path)).text(), path).not.toContain('rel="manifest"');
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  // The browser reads a manifest linked after the page has loaded, as it reads one in the HTML.
  const cdp = await page.context().newCDPSession(page);
  const seen = await cdp.send('Page.getAppManifest');
  expect(seen).toMatchObject({ url: new URL(href ?? '', page.url()).href, errors: [] });
  const manifest = await (await request.get(href ?? '')).json();
  expect(manifest).toMatchObject({ short_name: 'Tolk', lang: 'nb', display: 'standalone', start_url: '/', theme_color: '#1f5f8b' });
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((icon: { purpose?: string }) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons as { src: string }[]) expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
});
