// Renders public/favicon.svg (the logo's source) to the PNG icons index.html and the web app manifest list (run once after
// changing the logo; the PNGs are committed).
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const CHROMIUM = process.env.TOLK_CHROMIUM ?? '/usr/bin/chromium';
const browser = await chromium.launch(existsSync(CHROMIUM) ? { executablePath: CHROMIUM, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] } : {});
// Maskable icons keep the logo inside the central 80 % "safe zone"; the background fills the rest.
// The tab's icon is a PNG with the logo's rounded corners left transparent: an SVG icon is drawn by the page's own
// renderer, which builds a whole SVG document for it on the main thread while the app starts (issue #15).
const targets = [
  { file: 'favicon-32.png', size: 32, padding: 0, transparent: true },
  { file: 'icon-192.png', size: 192, padding: 0 },
  { file: 'icon-512.png', size: 512, padding: 0 },
  { file: 'maskable-512.png', size: 512, padding: 0.12 },
  { file: 'apple-touch-icon-180.png', size: 180, padding: 0.08 },
];
for (const { file, size, padding, transparent = false } of targets) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inset = Math.round(size * padding);
  await page.setContent(
    `<body style="margin:0;background:${transparent ? 'transparent' : '#1f5f8b'}"><div style="position:absolute;inset:${inset}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
  );
  await page.screenshot({ path: new URL(`../public/icons/${file}`, import.meta.url).pathname, omitBackground: transparent });
  await page.close();
}

// The reader's toolbar and caption icons (src/features/reader/icons/*.svg, black strokes) as PNG masks, 64 px for up
// to 3× screens. reader.css draws them as masks over the text's colour; as SVG images, each one's SVG document was
// built inside the first frame's style pass (about 6 ms in a trace), as the tab's icon's had been.
const ICONS = new URL('../src/features/reader/icons/', import.meta.url);
for (const name of ['menu', 'swap', 'camera']) {
  const icon = readFileSync(new URL(`${name}.svg`, ICONS), 'utf8');
  const page = await browser.newPage({ viewport: { width: 64, height: 64 } });
  await page.setContent(`<body style="margin:0;background:transparent">${icon.replace('<svg ', '<svg width="64" height="64" style="display:block" ')}</body>`);
  await page.screenshot({ path: new URL(`${name}.png`, ICONS).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
