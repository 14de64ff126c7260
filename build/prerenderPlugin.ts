// Vite plugin: after a build, opens the library and each shipped article with the built app in headless Chromium and
// writes the snapshot the app took of its first screen into that page's HTML, so a first visit shows the text before
// any script has loaded (the inline painter paints it when the browser has no snapshot of its own).
//
// The copy is the app's own markup by construction: nothing here draws a page, it only moves the app's snapshot
// (src/boot/snapshotFormat.ts) from a browser's localStorage into a file. Without a Chromium the build goes on without
// first-visit copies and says so.
import { chromium, type Browser } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { preview, type Plugin } from 'vite';
import { READER_PATH_PREFIX, READER_SNAPSHOT_KEY, SNAPSHOT_KEY, type FirstVisitSnapshots, type PageSnapshot } from '../src/boot/snapshotFormat.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { firstVisitBlock, pageFile, prerenderedPaths, withFirstVisit } from './firstVisitPage.ts';
import { matchInPage, styleRules } from './firstVisitStyles.ts';
import { loadShippedArticles } from './readArticles.ts';
import { snapshotHtml, snapshotShape } from '../src/boot/snapshotHtml.ts';

/** The browser locale each UI language's copy is drawn in (the app picks its language from it, as on a first visit). */
const LOCALES = { nb: 'nb-NO', en: 'en-GB' } as const;
/** A laptop's window: the reader's snapshot keeps one screen of rows, which covers a phone's screen too. */
const VIEWPORT = { width: 1280, height: 1000 };
const SNAPSHOT_TIMEOUT_MS = 60_000;

/** A page drawn in one UI language: the app's snapshot of it, and for each stylesheet which of its rules the page uses. */
interface Drawn {
  snapshot: PageSnapshot;
  used: Record<string, boolean[]>;
}

/** Opens `path` in a new profile with the UI in `locale` and returns the snapshot the app writes of it. */
async function snapshotOf(browser: Browser, origin: string, path: string, locale: string): Promise<Drawn> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    const reader = path.startsWith(READER_PATH_PREFIX);
    const key = reader ? READER_SNAPSHOT_KEY : SNAPSHOT_KEY;
    if (reader) {
      // The app writes its first snapshot as soon as the panes have painted, with or without the glossary's marks
      // and count, whichever came first: the copy is drawn from the finished screen instead, the same every build.
      await page.waitForFunction(() => performance.getEntriesByName('tolk:marks-painted').length > 0, undefined, { timeout: SNAPSHOT_TIMEOUT_MS });
      await page.waitForFunction((name) => localStorage.getItem(name), key, { timeout: SNAPSHOT_TIMEOUT_MS });
      // A scroll makes the app write again once it settles (src/components/readerSnapshot.ts).
      await page.evaluate((name) => {
        localStorage.removeItem(name);
        window.dispatchEvent(new Event('scroll'));
      }, key);
    }
    const handle = await page.waitForFunction((name) => localStorage.getItem(name), key, { timeout: SNAPSHOT_TIMEOUT_MS });
    const snapshot = JSON.parse((await handle.jsonValue()) ?? '') as PageSnapshot;
    const used: Drawn['used'] = {};
    for (const [href, css] of Object.entries(snapshot.styles ?? {})) used[href] = await page.evaluate(matchInPage, styleRules(css).selectors);
    // The browser must build from the copy's HTML what the app drew, element for element (a <div> in a <p>, say, it would not).
    const { elements, text } = snapshotShape(snapshot.root);
    const built = await page.evaluate((html) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      return { elements: template.content.querySelectorAll('*').length, text: template.content.textContent };
    }, snapshotHtml(snapshot.root));
    if (built.elements !== elements || built.text !== text) throw new Error(`the first-visit copy of ${path} (${locale}) does not parse back as drawn`);
    return { snapshot, used };
  } finally {
    await context.close();
  }
}

/**
 * Each stylesheet cut to the rules that any language's copy of the page uses: the page carries one set for all
 * (build/firstVisitStyles.ts). Every copy was drawn with the same build's files.
 */
function sharedStyles(drawn: readonly Drawn[]): Record<string, string> {
  const styles: Record<string, string> = {};
  for (const href of new Set(drawn.flatMap(({ snapshot }) => Object.keys(snapshot.styles ?? {})))) {
    const sheets = drawn.flatMap(({ snapshot, used }) => (snapshot.styles?.[href] === undefined ? [] : [{ css: snapshot.styles[href], used: used[href] ?? [] }]));
    const css = sheets[0]?.css ?? '';
    if (sheets.some((sheet) => sheet.css !== css)) throw new Error(`the copies of one page were drawn with different versions of ${href}`);
    const rules = styleRules(css);
    styles[href] = rules.prune(rules.selectors.map((_, i) => sheets.some((sheet) => sheet.used[i] === true)));
  }
  return styles;
}

async function launch(): Promise<Browser | undefined> {
  try {
    return await chromium.launch(chromiumLaunchOptions());
  } catch (error) {
    console.warn(`tolk-prerender: no Chromium to draw first-visit pages with (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); a first visit will show the text only once the app has started.`);
    return undefined;
  }
}

/** Draws every page in both UI languages against the built app in `outDir`, then writes the pages' HTML. */
async function prerender(root: string, outDir: string): Promise<void> {
  const shipped = loadShippedArticles(root);
  if (!shipped.ok) throw new Error(shipped.errors.join('\n'));
  const browser = await launch();
  if (!browser) return;
  const server = await preview({ root, configFile: false, logLevel: 'silent', build: { outDir }, preview: { port: 0, open: false } });
  try {
    const origin = `http://localhost:${(server.httpServer.address() as AddressInfo).port}`;
    const pages = new Map<string, string>();
    for (const path of prerenderedPaths(shipped.shipped.articles.map(({ article }) => article.id))) {
      const snapshots: FirstVisitSnapshots = {};
      const drawn: Drawn[] = [];
      for (const [lang, locale] of Object.entries(LOCALES) as [keyof typeof LOCALES, string][]) {
        const page = await snapshotOf(browser, origin, path, locale);
        snapshots[lang] = page.snapshot;
        drawn.push(page);
      }
      pages.set(path, firstVisitBlock(snapshots, sharedStyles(drawn)));
    }
    // Written only once every page is drawn: index.html is what the server answers for the pages still to draw.
    const index = readFileSync(join(outDir, 'index.html'), 'utf8');
    for (const [path, block] of pages) {
      const file = join(outDir, pageFile(path));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, withFirstVisit(index, block));
    }
  } finally {
    await server.close();
    await browser.close();
  }
}

export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let ssr = false;
  return {
    name: 'tolk-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      ssr = Boolean(config.build.ssr);
    },
    // Before the service worker is generated (VitePWA's closeBundle runs last), so that its precache lists the final index.html.
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler(error?: Error) {
        if (!ssr && !error) await prerender(root, outDir);
      },
    },
  };
}
