// The open bench's baselines: the article as static HTML, and the same page with the worker an offline page needs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OFFLINE_STATIC_PATH, STATIC_PATH, staticPage, writeStaticPages } from './staticBaseline.mjs';

const article = {
  versions: {
    nb: { meta: { title: 'Tankesmier & <makt>' }, blocks: [{ segments: ['Første setning.', 'Andre <b>setning</b>.'] }] },
    en: { meta: { title: 'Think tanks & power' }, blocks: [{ segments: ['First sentence.', 'Second sentence.'] }] },
  },
};

let dir;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('staticPage', () => {
  it('holds both languages as text, each sentence once, and the mark the bench waits for', () => {
    const html = staticPage(article);
    expect(html).toContain('<section lang="nb" aria-label="Norsk"><h1>Tankesmier &amp; &lt;makt&gt;</h1>');
    expect(html).toContain('<span>Andre &lt;b&gt;setning&lt;/b&gt;.</span>');
    expect(html).toContain('<span>Second sentence.</span>');
    expect(html).toContain("performance.mark('tolk:panes-painted')");
    expect(html).not.toContain('serviceWorker');
  });
});

describe('writeStaticPages', () => {
  it('writes the static page, and the offline one that registers a worker routing that page to its cache', () => {
    dir = mkdtempSync(join(tmpdir(), 'tolk-baseline-'));
    writeStaticPages(dir, article);
    const plain = readFileSync(join(dir, STATIC_PATH), 'utf8');
    const offline = readFileSync(join(dir, OFFLINE_STATIC_PATH), 'utf8');
    expect(plain).toBe(staticPage(article));
    // The same page, the worker's registration after the mark.
    expect(offline.replace(/<script>navigator\.serviceWorker[^<]*<\/script>/, '')).toBe(plain);
    expect(offline.indexOf("register('sw.js')")).toBeGreaterThan(offline.indexOf('tolk:panes-painted'));
    const worker = readFileSync(join(dir, '__bench/offline/sw.js'), 'utf8');
    expect(worker).toContain("new URL('static.html', self.location.href)");
    expect(worker).toContain('event.addRoutes(');
    expect(worker).toContain("source: { cacheName: 'page' }");
    // No fetch handler: the least a worker for an offline page can be.
    expect(worker).not.toContain("'fetch'");
  });
});
