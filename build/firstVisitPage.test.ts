// The first-visit pages: one per shipped article beside the library, and a copy no article text can break out of.
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

  it('carry the copy as data before the painter, and text that looks like markup cannot end the block', () => {
    const title = '</script><script>alert(1)</script><!-- x';
    const copy: PageSnapshot = { version: SNAPSHOT_VERSION, path: '/', html: { lang: 'en' }, root: [['h1', {}, [title]]] };
    const page = withFirstVisit(INDEX, firstVisitBlock({ en: copy }));
    const block = new RegExp(`<script type="application/json" id="${FIRST_VISIT_ID}">([^<]*)</script>\\s*<script>\\(\\(\\) =>`).exec(page);
    expect(block).not.toBeNull();
    expect(JSON.parse(block?.[1] ?? '')).toEqual({ en: copy });
    // Only the painter and the block are scripts: the title's markup stayed inside the JSON.
    expect(page.match(/<script/g)).toHaveLength(2);
  });

  it('refuse a page without the painter, which would never paint the copy', () => {
    expect(() => withFirstVisit('<html><head></head><body></body></html>', firstVisitBlock({}))).toThrow(/painter/);
  });
});
