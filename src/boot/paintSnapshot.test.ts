// The snapshot painter: same-site links only, no recursion limit to hit, nothing painted from a tampered snapshot.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSnapshot, isSameSitePath, MAX_SNAPSHOT_DEPTH, ON_SCREEN_WAIT_MS, PAGE_COPY_ATTRIBUTE, paintSnapshot, stylesOf } from './paintSnapshot';
import { fakeDocument, fakeNode, fakeStyleSheet, type FakeNode } from '../test/fakeDocument';
import { FIRST_VISIT_ID, SNAPSHOT_ATTRIBUTES, SNAPSHOT_HTML_VALUES, SNAPSHOT_KEY, SNAPSHOT_STYLE_PROPERTIES, SNAPSHOT_TAGS, SNAPSHOT_VERSION, type SnapshotNode } from './snapshotFormat';

const RULES = { version: SNAPSHOT_VERSION, tags: SNAPSHOT_TAGS, attributes: SNAPSHOT_ATTRIBUTES, styleProperties: SNAPSHOT_STYLE_PROPERTIES, htmlValues: SNAPSHOT_HTML_VALUES, firstVisit: FIRST_VISIT_ID };

describe('isSameSitePath', () => {
  it('accepts paths of this site', () => {
    expect(isSameSitePath('/read/russland-miste-alliert')).toBe(true);
    expect(isSameSitePath('/read/x?at=p1s2&lang=nb')).toBe(true);
    expect(isSameSitePath('/my-glossary')).toBe(true);
  });

  it('refuses what a browser resolves to another site, or to no path', () => {
    for (const bad of ['//evil.example/', '/\\evil.example/x', '/\t/evil.example/x', '/\n/evil.example/x', '/\r/evil.example', '/', '', 'https://evil.example/', 'javascript:alert(1)', ' /read/x', '\t/read/x']) {
      expect(isSameSitePath(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('refuses control characters anywhere in the path', () => {
    expect(isSameSitePath('/read/x\u0000y')).toBe(false);
    expect(isSameSitePath('/read/x\ty')).toBe(false);
    expect(isSameSitePath('/read/x\u007F')).toBe(false);
    expect(isSameSitePath('/read/x\u0085')).toBe(false);
  });
});

let dom = fakeDocument();
beforeEach(() => {
  dom = fakeDocument();
  vi.stubGlobal('document', dom.document);
});
afterEach(() => vi.unstubAllGlobals());

describe('stylesOf', () => {
  it('keeps the styles of same-site .css paths, a few at most', () => {
    const styles = { '/assets/index.css': 'a{}', '/assets/reader.css': 'b{}', '/assets/b.css?x': 'c{}', 'javascript:x.css': 'd{}', '/\\evil/x.css': 'e{}', '/x.js': 'f{}', '/assets/n.css': 7 };
    expect(stylesOf(styles)).toEqual(['a{}', 'b{}']);
    expect(stylesOf(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`/s${i}.css`, ''])))).toHaveLength(8);
    expect(stylesOf('nope')).toEqual([]);
    expect(stylesOf(['/a.css'])).toEqual([]);
  });
});

describe('buildSnapshot', () => {
  const build = (nodes: unknown) => buildSnapshot(nodes, RULES);

  it('rebuilds elements and text in order, keeping allowlisted attributes and same-site links only', () => {
    const nodes: SnapshotNode[] = [
      ['ul', { class: 'list', onclick: 'x()' }, [
        ['li', {}, [['a', { href: '/read/a' }, ['First']]]],
        ['li', {}, [['a', { href: '/\\evil.example/' }, ['Second']], ' and ', ['strong', {}, ['more']]]],
      ]],
    ];
    expect(dom.html(build(nodes))).toBe('<ul class="list"><li><a href="/read/a">First</a></li><li><a>Second</a> and <strong>more</strong></li></ul>');
  });

  it('keeps markup in text as text', () => {
    const built = build([['p', {}, ['<img src=x onerror=alert(1)>']]]);
    expect(dom.html(built)).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
  });

  it('drops elements outside the allowlist with their content', () => {
    expect(dom.html(build([['p', {}, [['script', {}, ['alert(1)']], 'kept']]]))).toBe('<p>kept</p>');
  });

  it('sets the grid custom properties through the CSSOM, numbers only, and no other style', () => {
    const nodes: SnapshotNode[] = [['p', { '--row': '12', '--stacked-row': '23', '--reader-scale': '1.15', '--span': '1; color: red', style: 'color: red', '--evil': '1' }, ['Tekst']]];
    expect(dom.html(build(nodes))).toBe('<p style="--row: 12; --stacked-row: 23; --reader-scale: 1.15">Tekst</p>');
  });

  it('refuses a tree nested deeper than any page, without overflowing the stack', () => {
    let deep: SnapshotNode = ['div', {}, []];
    for (let i = 0; i < 100_000; i++) deep = ['div', {}, [deep]];
    expect(() => build([deep])).toThrow();
    let allowed: SnapshotNode = ['span', {}, ['x']];
    for (let i = 2; i < MAX_SNAPSHOT_DEPTH; i++) allowed = ['div', {}, [allowed]];
    expect(dom.html(build([allowed]))).toContain('<span>x</span>');
  });

  it('refuses anything that is not the snapshot format', () => {
    for (const bad of [null, {}, 'text', [['div']], [['div', null, []]], [['div', {}, 'x']], [[1, {}, []]], [['a', { href: 7 }, []]], [42]]) {
      expect(() => build(bad), JSON.stringify(bad)).toThrow();
    }
  });
});

describe('paintSnapshot', () => {
  const startApp = vi.fn();
  const paint = () => paintSnapshot({ key: SNAPSHOT_KEY, mark: 'tolk:library-painted' }, RULES, startApp);
  const store = (snapshot: unknown) => (stored[SNAPSHOT_KEY] = JSON.stringify(snapshot));
  const root = () => dom.root;
  let stored: Record<string, string> = {};
  let frames: (() => void)[] = [];
  let timers: (() => void)[] = [];
  /** The elements whose computed style the painter asked for. */
  let styleAsked: FakeNode[] = [];

  beforeEach(() => {
    stored = {};
    frames = [];
    timers = [];
    startApp.mockClear();
    vi.stubGlobal('localStorage', { getItem: (key: string) => stored[key] ?? null, setItem: (key: string, value: string) => (stored[key] = value) });
    vi.stubGlobal('location', { pathname: '/' });
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    vi.stubGlobal('setTimeout', (run: () => void) => timers.push(run));
    vi.stubGlobal('performance', { mark: vi.fn() });
    vi.stubGlobal('CSSStyleSheet', fakeStyleSheet);
    styleAsked = [];
    vi.stubGlobal('getComputedStyle', (element: FakeNode) => {
      styleAsked.push(element);
      return { color: 'black' };
    });
  });

  it('paints a good snapshot inert, with its language and theme, and starts the app once that frame is drawn', () => {
    store({ version: SNAPSHOT_VERSION, path: '/', html: { lang: 'nb', 'data-theme': 'dark' }, root: [['h1', {}, ['Artikler']]] });
    paint();
    expect(dom.html(root())).toBe('<h1>Artikler</h1>');
    expect(root().attributes.get('inert')).toBe('');
    expect(dom.document.documentElement.attributes).toEqual(new Map([['lang', 'nb'], ['data-theme', 'dark']]));
    expect(startApp).not.toHaveBeenCalled();
    // The copy's style is worked out in this task, before any frame, so that the frame only lays it out.
    expect(styleAsked).toEqual([root()]);
    // The mark comes after the copy's layout, which the frame would otherwise do after it.
    const order: string[] = [];
    Object.defineProperty(root(), 'offsetHeight', {
      get: () => {
        order.push('layout');
        return 0;
      },
    });
    vi.mocked(performance.mark).mockImplementation((name) => {
      order.push('mark');
      return { name } as PerformanceMark;
    });
    frames.forEach((run) => run());
    expect(performance.mark).toHaveBeenCalledWith('tolk:library-painted', { detail: 'snapshot' });
    expect(order).toEqual(['layout', 'mark']);
    expect(startApp).not.toHaveBeenCalled();
    timers.forEach((run) => run());
    // With the copy's element: the page's stylesheets wait for the app to take it over (build/snapshotPlugin.ts).
    expect(startApp).toHaveBeenCalledExactlyOnceWith(root());
  });

  it('leaves a copy the page came with as it is: nothing read or built, its frame marked as the page\'s, the app started from it', () => {
    store({ version: SNAPSHOT_VERSION, path: '/', html: { lang: 'nb' }, root: [['h1', {}, ['Artikler']]] });
    const getItem = vi.spyOn(localStorage, 'getItem');
    root().setAttribute('inert', '');
    root().setAttribute(PAGE_COPY_ATTRIBUTE, '');
    paint();
    expect(getItem).not.toHaveBeenCalled();
    expect(dom.html(root())).toBe('');
    expect(styleAsked).toEqual([]);
    expect(startApp).not.toHaveBeenCalled();
    frames.forEach((run) => run());
    expect(performance.mark).toHaveBeenCalledExactlyOnceWith('tolk:library-painted', { detail: 'page' });
    timers.forEach((run) => run());
    expect(startApp).toHaveBeenCalledExactlyOnceWith(root());
  });

  it('starts the app once the browser says the copy is on screen (its first contentful paint), or after a wait', () => {
    const observers: { callback: (list: { getEntriesByName(name: string): unknown[] }) => void; disconnected: boolean }[] = [];
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        static supportedEntryTypes = ['mark', 'paint'];
        record;
        constructor(callback: (list: { getEntriesByName(name: string): unknown[] }) => void) {
          this.record = { callback, disconnected: false };
          observers.push(this.record);
        }
        observe() {}
        disconnect() {
          this.record.disconnected = true;
        }
      },
    );
    const waits: number[] = [];
    vi.stubGlobal('setTimeout', (run: () => void, ms: number) => {
      timers.push(run);
      waits.push(ms);
    });
    const entries = (name: string) => ({ getEntriesByName: (asked: string) => (asked === name ? [{ name }] : []) });
    store({ version: SNAPSHOT_VERSION, path: '/', html: {}, root: [['h1', {}, ['Artikler']]] });
    paint();
    frames.forEach((run) => run());
    expect(observers).toHaveLength(1);
    observers[0]?.callback(entries('first-paint'));
    expect(startApp).not.toHaveBeenCalled();
    observers[0]?.callback(entries('first-contentful-paint'));
    expect(startApp).toHaveBeenCalledExactlyOnceWith(root());
    expect(observers[0]?.disconnected).toBe(true);
    // The wait's timer, when it comes, starts nothing twice.
    expect(waits).toEqual([ON_SCREEN_WAIT_MS]);
    timers.forEach((run) => run());
    expect(startApp).toHaveBeenCalledOnce();

    // A browser that never reports the paint: the app starts when the wait is over.
    startApp.mockClear();
    timers = [];
    dom = fakeDocument();
    vi.stubGlobal('document', dom.document);
    store({ version: SNAPSHOT_VERSION, path: '/', html: {}, root: [['h1', {}, ['Artikler']]] });
    paint();
    frames.slice(1).forEach((run) => run());
    expect(startApp).not.toHaveBeenCalled();
    timers.forEach((run) => run());
    expect(startApp).toHaveBeenCalledExactlyOnceWith(dom.root);
  });

  it('applies the stored styles of the page\'s same-site stylesheets, without waiting for any file', () => {
    const styles = { '/assets/index.css': '.page{}', '/assets/ReaderRoute.css': '.reader{}', 'https://evil.example/x.css': '.x{}' };
    store({ version: SNAPSHOT_VERSION, path: '/', html: {}, root: [['h1', {}, ['Artikler']]], styles });
    paint();
    expect(dom.html(root())).toBe('<h1>Artikler</h1>');
    expect((dom.document.adoptedStyleSheets as unknown as { css: string }[]).map((sheet) => sheet.css)).toEqual(['.page{}', '.reader{}']);
    expect(dom.head.children).toHaveLength(0);
  });

  it('without a snapshot of its own for the path, paints the page\'s first-visit copy in the browser\'s language', () => {
    /** A first-visit page: each language's copy in a template (an <h1> whose row is in an attribute), and its data. */
    const firstVisitPage = () => {
      for (const [lang, title] of [['nb', 'Artikler'], ['en', 'Articles']]) {
        const content = fakeNode(null);
        const h1 = content.appendChild(fakeNode('h1'));
        h1.setAttribute('data-var-row', '3');
        h1.appendChild(fakeNode(null, title));
        dom.templates.set(`${FIRST_VISIT_ID}-${lang}`, { content });
      }
      const copy = (lang: string) => ({ version: SNAPSHOT_VERSION, path: '/', html: { lang } });
      const properties = '[data-var-row="3"]{--row:3}';
      dom.firstVisit.text = JSON.stringify({ copies: { nb: copy('nb'), en: copy('en') }, styles: { '/assets/index.css': 'h1{}' }, properties });
    };
    firstVisitPage();
    vi.stubGlobal('navigator', { languages: ['de-DE', 'nn-NO', 'en-GB'] });
    // Another path's snapshot is no snapshot of this one.
    store({ version: SNAPSHOT_VERSION, path: '/elsewhere', html: {}, root: [['h1', {}, ['Elsewhere']]] });
    paint();
    expect(dom.html(root())).toBe('<h1 data-var-row="3">Artikler</h1>');
    expect(dom.document.documentElement.attributes.get('lang')).toBe('nb');
    // The row comes from a rule among the copy's styles, never from a style attribute (the page's policy forbids those).
    expect((dom.document.adoptedStyleSheets as unknown as { css: string }[]).map((sheet) => sheet.css)).toEqual(['h1{}', '[data-var-row="3"]{--row:3}']);

    dom = fakeDocument();
    vi.stubGlobal('document', dom.document);
    firstVisitPage();
    store({ version: SNAPSHOT_VERSION, path: '/', html: {}, root: [['h1', {}, ['My own']]] });
    paint();
    expect(dom.html(root())).toBe('<h1>My own</h1>');
  });

  it('starts the app at once when there is nothing to paint', () => {
    paint();
    expect(startApp).toHaveBeenCalledExactlyOnceWith();
    expect(root().attributes.has('inert')).toBe(false);
  });

  it('writes onto <html> only known values', () => {
    store({ version: SNAPSHOT_VERSION, path: '/', html: { lang: 'x" onload="y', 'data-theme': 'evil', dir: 'rtl' }, root: [['h1', {}, ['Articles']]] });
    paint();
    expect(dom.html(root())).toBe('<h1>Articles</h1>');
    expect(dom.document.documentElement.attributes).toEqual(new Map());
  });

  it('paints nothing from a tampered or broken snapshot, and does not throw', () => {
    const cases = [
      { version: SNAPSHOT_VERSION, path: '/', html: null, root: [['h1', {}, ['ok']]] },
      { version: SNAPSHOT_VERSION, path: '/', html: {}, root: 'nope' },
      { version: SNAPSHOT_VERSION + 1, path: '/', html: {}, root: [['h1', {}, ['ok']]] },
      { version: SNAPSHOT_VERSION, path: '/elsewhere', html: {}, root: [['h1', {}, ['ok']]] },
      null,
    ];
    for (const snapshot of cases) {
      store(snapshot);
      startApp.mockClear();
      expect(paint).not.toThrow();
      expect(startApp).toHaveBeenCalledOnce();
      expect(root().children).toHaveLength(0);
      expect(root().attributes.has('inert')).toBe(false);
    }
    // Nested 50,000 deep, as a tampered snapshot can be (written as text: JSON.stringify itself would overflow).
    const deep = `${'["div",{},['.repeat(50_000)}${']]'.repeat(50_000)}`;
    stored[SNAPSHOT_KEY] = `{"version":${SNAPSHOT_VERSION},"path":"/","html":{},"root":[["h1",{},["ok"]],${deep}]}`;
    expect(paint).not.toThrow();
    expect(root().children).toHaveLength(0);
    stored[SNAPSHOT_KEY] = '{not json';
    expect(paint).not.toThrow();
    expect(root().children).toHaveLength(0);
  });
});
