// Just enough of a document and of the CSSOM for the snapshot painter's tests (src/boot/paintSnapshot.test.ts): Node has none.
import { FIRST_VISIT_ID } from '../boot/snapshotFormat';

export interface FakeNode {
  tag: string | null; // null for text and fragments
  text?: string;
  attributes: Map<string, string>;
  /** Custom properties set through the CSSOM. */
  styles: Map<string, string>;
  style: { setProperty(name: string, value: string): void };
  children: FakeNode[];
  rel?: string;
  href?: string;
  onload?: () => void;
  onerror?: () => void;
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  readonly firstChild: FakeNode | null;
  appendChild(child: FakeNode): FakeNode;
}

export function fakeNode(tag: string | null, text?: string): FakeNode {
  const node: FakeNode = {
    tag,
    attributes: new Map(),
    styles: new Map(),
    style: { setProperty: (name, value) => void node.styles.set(name, value) },
    children: [],
    setAttribute: (name, value) => void node.attributes.set(name, value),
    getAttribute: (name) => (name === 'href' ? (node.href ?? null) : (node.attributes.get(name) ?? null)),
    hasAttribute: (name) => node.attributes.has(name),
    get firstChild() {
      return node.children[0] ?? null;
    },
    appendChild: (child) => {
      node.children.push(...(child.tag === null && child.text === undefined ? child.children : [child]));
      return child;
    },
  };
  if (text !== undefined) node.text = text;
  return node;
}

export function fakeDocument() {
  const root = fakeNode('div');
  const head = fakeNode('head');
  /** The page's first-visit block, when a test gives it content, and its copies' templates by language. */
  const firstVisit = fakeNode('script');
  const templates = new Map<string, { content: FakeNode }>();
  const document = {
    documentElement: fakeNode('html'),
    head,
    querySelectorAll: () => head.children.filter((node) => node.rel === 'stylesheet'),
    querySelector: () => null,
    adoptedStyleSheets: [] as unknown[],
    getElementById: (id: string) => (id === 'root' ? root : id === FIRST_VISIT_ID && firstVisit.text !== undefined ? { textContent: firstVisit.text } : (templates.get(id) ?? null)),
    createElement: (tag: string) => fakeNode(tag),
    createTextNode: (text: string) => fakeNode(null, text),
    createDocumentFragment: () => fakeNode(null),
  };
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = (node: unknown): string => {
    const { tag, text, attributes, styles, children } = node as FakeNode;
    if (text !== undefined) return escape(text);
    const inner = children.map(html).join('');
    if (tag === null || node === root) return inner;
    const style = styles.size > 0 ? ` style="${[...styles].map(([name, value]) => `${name}: ${value}`).join('; ')}"` : '';
    return `<${tag}${[...attributes].map(([name, value]) => ` ${name}="${value}"`).join('')}${style}>${inner}</${tag}>`;
  };
  return { document, root, head, firstVisit, templates, html };
}

/** A constructable stylesheet: its text as given. */
export const fakeStyleSheet = class {
  css = '';
  replaceSync(css: string) {
    this.css = css;
  }
};
