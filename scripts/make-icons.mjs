// Renders Tolk's SVG sources to the PNGs that are committed (run once after changing one): public/favicon.svg (the
// logo) to the icons index.html and the web app manifest list, and the reader's icons to the masks reader.css draws.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

const CHROMIUM = process.env.TOLK_CHROMIUM ?? '/usr/bin/chromium';
const browser = await chromium.launch(existsSync(CHROMIUM) ? { executablePath: CHROMIUM, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] } : {});

/** Draws `svg` into a `size`-pixel square, `padding` (a fraction of it) in from each side, over `background` (none: transparent). */
async function render({ svg, size, padding = 0, background, out }) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inset = Math.round(size * padding);
  await page.setContent(
    `<body style="margin:0;background:${background ?? 'transparent'}"><div style="position:absolute;inset:${inset}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
  );
  await page.screenshot({ path: out.pathname, omitBackground: background === undefined });
  await page.close();
}

// Maskable icons keep the logo inside the central 80 % "safe zone"; the background fills the rest.
// The tab's icon is a PNG with the logo's rounded corners left transparent: an SVG icon is drawn by the page's own
// renderer, which builds a whole SVG document for it on the main thread while the app starts (issue #15).
const logo = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const targets = [
  { file: 'favicon-32.png', size: 32, padding: 0, transparent: true },
  { file: 'icon-192.png', size: 192, padding: 0 },
  { file: 'icon-512.png', size: 512, padding: 0 },
  { file: 'maskable-512.png', size: 512, padding: 0.12 },
  { file: 'apple-touch-icon-180.png', size: 180, padding: 0.08 },
];
for (const { file, size, padding, transparent = false } of targets) {
  await render({ svg: logo, size, padding, background: transparent ? undefined : '#1f5f8b', out: new URL(`../public/icons/${file}`, import.meta.url) });
}

// The reader's toolbar and caption icons (src/features/reader/icons/*.svg, black strokes) as PNG masks, 64 px for up
// to 3× screens. reader.css draws them as masks over the text's colour; as SVG images, each one's SVG document was
// built inside the first frame's style pass (about 6 ms in a trace), as the tab's icon's had been.
const ICONS = new URL('../src/features/reader/icons/', import.meta.url);
for (const name of ['menu', 'swap', 'camera']) {
  await render({ svg: readFileSync(new URL(`${name}.svg`, ICONS), 'utf8'), size: 64, out: new URL(`${name}.png`, ICONS) });
}
await browser.close();
