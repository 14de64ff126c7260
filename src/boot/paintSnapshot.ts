// Paints the library from its last snapshot while the app's scripts load, so a returning reader sees the list at once.
//
// build/snapshotPlugin.ts inlines this file into index.html as a classic script that runs before the module
// scripts, so it may import types only, and it must never throw. The painted copy is inert (it cannot be clicked
// or typed into) until main.tsx renders the app over it. It marks the paint for the benchmark, as the app does.
// The snapshot sits in localStorage, where anything on the origin could have tampered with it: the copy is built
// whole (iteratively, with caps on depth and size) before anything is shown, and anything unexpected means no paint.
import type { PageSnapshot, SnapshotNode } from './snapshotFormat';

/** Deeper or bigger than any library page: a snapshot beyond these was not written by Tolk. */
export const MAX_SNAPSHOT_DEPTH = 64;
export const MAX_SNAPSHOT_NODES = 20_000;

/**
 * A same-site path: exactly one "/" then a character that is neither "/" nor "\" (browsers read "//x" and "/\x" as
 * another host), and no control characters anywhere (browsers drop tabs and line feeds, so "/<TAB>/x" becomes "//x").
 */
export function isSameSitePath(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
  return /^\/[^/\\]/.test(value) && !/[\u0000-\u001F\u007F-\u009F]/.test(value);
}

/** Builds the snapshot's nodes without recursion; throws on anything that is not the snapshot format. */
export function buildSnapshot(nodes: unknown, tags: readonly string[], attributes: readonly string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (!Array.isArray(nodes)) throw new Error('snapshot root');
  let count = 0;
  const stack: [unknown, Node, number][] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push([nodes[i], fragment, 1]);
  // Children are pushed in reverse, so they pop (and are appended) in order.
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, parent, depth] = item;
    if (++count > MAX_SNAPSHOT_NODES || depth > MAX_SNAPSHOT_DEPTH) throw new Error('snapshot too big');
    if (typeof node === 'string') {
      parent.appendChild(document.createTextNode(node));
      continue;
    }
    if (!Array.isArray(node) || node.length !== 3) throw new Error('snapshot node');
    const [tag, attrs, children] = node as SnapshotNode;
    if (typeof tag !== 'string' || typeof attrs !== 'object' || attrs === null || Array.isArray(attrs) || !Array.isArray(children)) {
      throw new Error('snapshot node');
    }
    if (!tags.includes(tag)) continue; // the writer leaves such elements out; a stray one is dropped with its content
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (typeof value !== 'string') throw new Error('snapshot attribute');
      if (attributes.includes(name) && (name !== 'href' || isSameSitePath(value))) element.setAttribute(name, value);
    }
    parent.appendChild(element);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], element, depth + 1]);
  }
  return fragment;
}

export function paintSnapshot(
  key: string,
  version: number,
  tags: readonly string[],
  attributes: readonly string[],
  htmlValues: Readonly<Record<string, readonly string[]>>,
): void {
  try {
    const root = document.getElementById('root');
    const raw = localStorage.getItem(key);
    if (!root || !raw) return;
    const snapshot = JSON.parse(raw) as PageSnapshot;
    if (typeof snapshot !== 'object' || snapshot === null || snapshot.version !== version || snapshot.path !== location.pathname) return;
    const fragment = buildSnapshot(snapshot.root, tags, attributes);
    const html: unknown = snapshot.html;
    if (typeof html !== 'object' || html === null) return;
    for (const [name, allowed] of Object.entries(htmlValues)) {
      const value: unknown = (html as Record<string, unknown>)[name];
      if (typeof value === 'string' && allowed.includes(value)) document.documentElement.setAttribute(name, value);
    }
    root.setAttribute('inert', '');
    root.appendChild(fragment);
    requestAnimationFrame(() => performance.mark('tolk:library-painted'));
  } catch {
    // A broken or tampered snapshot only means no early paint; the app renders as usual.
  }
}
