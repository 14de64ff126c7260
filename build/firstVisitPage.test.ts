// The first-visit pages: one per shipped article beside the library, and copies no article text can break out of.
import { describe, expect, it } from 'vitest';
import { FIRST_VISIT_ID, SNAPSHOT_VERSION, type PageSnapshot } from '../src/boot/snapshotFormat.ts';
import { firstVisitBlock, pageFile, prerenderedPaths, withFirstVisit } from './firstVisitPage.ts';

const INDEX = '<!doctype html><html><head><meta charset="UTF-8" />\n    <script>(() => { paint(); })();</script><title>Tolk</title></head><body><div id="root"></div></body></html>';

describe('first-visit pages', () => {
  it('are the library and each shipped article, in files a static server answers their paths with', () => {
    const paths = prerenderedPaths(['belarus-president-putin', 'russland-miste-alliert']);
    expect(paths).toEqual(['/', '/read/belarus-president-putin', '/read/russland-miste-alliert']);
    expect(paths.map(pageFile)).toEqual(['index.html', 'read/belarus-president-putin.html', 'read/russland-miste-alliert.html']);
  });

  it('carry each language\'s copy as a template and the rest as data, before the painter; text that looks like markup stays text', () => {
    const title = '</template></script><script>alert(1)</script><!-- x';
    const copy = (lang: string, heading: string): PageSnapshot => ({ version: SNAPSHOT_VERSION, path: '/', html: { lang }, root: [['h1', { '--row': '2' }, [heading]]], styles: { '/assets/a.css': 'h1{}' } });
    const styles = { '/assets/a.css': 'h1{color:red}/*</script>*/' };
    const page = withFirstVisit(INDEX, firstVisitBlock({ nb: copy('nb', title), en: copy('en', 'Articles') }, styles));
    expect(page).toContain(`<template id="${FIRST_VISIT_ID}-nb"><h1 data-var-row="2">&lt;/template&gt;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!-- x</h1></template>`);
    expect(page).toContain(`<template id="${FIRST_VISIT_ID}-en"><h1 data-var-row="2">Articles</h1></template>`);
    const block = new RegExp(`<script type="application/json" id="${FIRST_VISIT_ID}">([^<]*)</script>\\s*<script>\\(\\(\\) =>`).exec(page);
    expect(block).not.toBeNull();
    // The styles once, for both copies.
    expect(JSON.parse(block?.[1] ?? '')).toEqual({
      copies: { nb: { version: SNAPSHOT_VERSION, path: '/', html: { lang: 'nb' } }, en: { version: SNAPSHOT_VERSION, path: '/', html: { lang: 'en' } } },
      styles,
      properties: '[data-var-row="2"]{--row:2}',
    });
    // Only the painter and the block are scripts, and the copies are the only templates.
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page.match(/<template/g)).toHaveLength(2);
  });

  it('refuse a page without the painter, which would never paint the copy', () => {
    expect(() => withFirstVisit('<html><head></head><body></body></html>', firstVisitBlock({}, {}))).toThrow(/painter/);
  });
});
