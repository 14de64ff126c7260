// The snapshot painter: same-site links only, no recursion limit to hit, nothing painted from a tampered snapshot.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSnapshot, isSameSitePath, MAX_SNAPSHOT_DEPTH, paintSnapshot } from './paintSnapshot';
import { SNAPSHOT_ATTRIBUTES, SNAPSHOT_HTML_VALUES, SNAPSHOT_KEY, SNAPSHOT_TAGS, SNAPSHOT_VERSION, type SnapshotNode } from './snapshotFormat';

/** Just enough of a document for the painter (Node has none): elements, text, fragments, and their HTML. */
interface FakeNode {
  tag: string | null; // null for text and fragments
  text?: string;
  attributes: Map<string, string>;
  children: FakeNode[];
  setAttribute(name: string, value: string): void;
  appendChild(child: FakeNode): FakeNode;
}

function fakeNode(tag: string | null, text?: string): FakeNode {
  const node: FakeNode = {
    tag,
    attributes: new Map(),
    children: [],
    setAttribute: (name, value) => void node.attributes.set(name, value),
    appendChild: (child) => {
      node.children.push(...(child.tag === null && child.text === undefined ? child.children : [child]));
      return child;
    },
  };
  if (text !== undefined) node.text = text;
  return node;
}

function fakeDocument() {
  const root = fakeNode('div');
  const document = {
    documentElement: fakeNode('html'),
    getElementById: (id: string) => (id === 'root' ? root : null),
    createElement: (tag: string) => fakeNode(tag),
    createTextNode: (text: string) => fakeNode(null, text),
    createDocumentFragment: () => fakeNode(null),
  };
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = (node: unknown): string => {
    const { tag, text, attributes, children } = node as FakeNode;
    if (text !== undefined) return escape(text);
    const inner = children.map(html).join('');
    if (tag === null || node === root) return inner;
    return `<${tag}${[...attributes].map(([name, value]) => ` ${name}="${value}"`).join('')}>${inner}</${tag}>`;
  };
  return { document, root, html };
}

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

describe('buildSnapshot', () => {
  const build = (nodes: unknown) => buildSnapshot(nodes, SNAPSHOT_TAGS, SNAPSHOT_ATTRIBUTES);

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
  const paint = () => paintSnapshot(SNAPSHOT_KEY, SNAPSHOT_VERSION, SNAPSHOT_TAGS, SNAPSHOT_ATTRIBUTES, SNAPSHOT_HTML_VALUES);
  const store = (snapshot: unknown) => (stored[SNAPSHOT_KEY] = JSON.stringify(snapshot));
  const root = () => dom.root;
  let stored: Record<string, string> = {};

  beforeEach(() => {
    stored = {};
    vi.stubGlobal('localStorage', { getItem: (key: string) => stored[key] ?? null, setItem: (key: string, value: string) => (stored[key] = value) });
    vi.stubGlobal('location', { pathname: '/' });
    vi.stubGlobal('requestAnimationFrame', () => 0);
  });

  it('paints a good snapshot inert, with its language and theme', () => {
    store({ version: SNAPSHOT_VERSION, path: '/', html: { lang: 'nb', 'data-theme': 'dark' }, root: [['h1', {}, ['Artikler']]] });
    paint();
    expect(dom.html(root())).toBe('<h1>Artikler</h1>');
    expect(root().attributes.get('inert')).toBe('');
    expect(dom.document.documentElement.attributes).toEqual(new Map([['lang', 'nb'], ['data-theme', 'dark']]));
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
      expect(paint).not.toThrow();
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
