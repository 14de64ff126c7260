// sw-pages.js: which pages the service worker has the browser answer from its own cache, and the cache's name per version.
import { describe, expect, it } from 'vitest';
import { FIXED_PAGES, iconsOf, swPages, swPagesScript } from './swPagesPlugin.ts';

describe('the service worker pages', () => {
  it('are the fixed pages and every shipped article, each under the address the app links to', () => {
    const { pages } = swPages('<html></html>', ['belarus-president-putin', 'ærlig talt']);
    expect(Object.keys(pages)).toEqual([...FIXED_PAGES, '/read/belarus-president-putin', '/read/%C3%A6rlig%20talt']);
  });

  it('are answered with index.html for the library, whose first-visit copy it carries, and the lighter page.html for the rest', () => {
    const { pages } = swPages('<html></html>', ['belarus-president-putin']);
    expect(pages['/']).toBe('/index.html');
    expect(pages['/read/belarus-president-putin']).toBe('/page.html');
    expect(pages['/settings']).toBe('/page.html');
  });

  it('go to a cache named after the index.html they are copies of, so two versions never share one', () => {
    const one = swPages('<html>one</html>', []);
    expect(one.cache).toMatch(/^tolk-pages-[0-9a-f]{12}$/);
    expect(swPages('<html>one</html>', ['x']).cache).toBe(one.cache);
    expect(swPages('<html>two</html>', []).cache).not.toBe(one.cache);
  });

  it('bring the tab icon the page links, which the browser asks for before the page is on screen', () => {
    const html = '<head><link rel="icon" href="/icons/favicon-32.png" type="image/png" /><link rel="apple-touch-icon" href="/icons/touch.png" /></head>';
    expect(swPages(html, []).files).toEqual(['/icons/favicon-32.png']);
  });

  it('reach the worker as a global its classic script can read', () => {
    const pages = swPages('<html></html>', ['a']);
    const self: { TOLK_PAGES?: unknown } = {};
    new Function('self', swPagesScript(pages))(self);
    expect(self.TOLK_PAGES).toEqual(pages);
  });
});

describe('iconsOf', () => {
  it('reads each same-site icon link, whatever the order of its attributes', () => {
    expect(iconsOf('<link href="/a.png" rel="icon"><link rel="icon" sizes="32x32" href="/b.svg" />')).toEqual(['/a.png', '/b.svg']);
  });

  it('leaves out other links and icons from another site', () => {
    expect(iconsOf('<link rel="manifest" href="/m.json"><link rel="icon" href="https://cdn.test/x.png"><link rel="icon" href="//cdn.test/y.png">')).toEqual([]);
  });
});
