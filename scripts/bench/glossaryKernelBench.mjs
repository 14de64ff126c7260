// The glossary kernel (bench/glossary/kernel.ts) bundled for the browser and timed in a page: index build and matching, against a per-term RegExp loop.
import { join } from 'node:path';
import { build as viteBuild } from 'vite';

/** The glossary kernel (bench/glossary/kernel.ts) bundled for the browser and run in the page. */
export async function glossaryBench(browser, ROOT, pageUrl) {
  const outDir = join(ROOT, 'bench-results/glossary-bundle');
  await viteBuild({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: true, lib: { entry: join(ROOT, 'bench/glossary/browser.ts'), formats: ['iife'], name: 'tolkGlossaryBench', fileName: () => 'glossary.js' } },
  });
  const page = await browser.newPage();
  await page.goto(pageUrl);
  await page.addScriptTag({ path: join(outDir, 'glossary.js') });
  const result = await page.evaluate(() => globalThis.tolkGlossaryBench(21));
  await page.close();
  return result;
}
