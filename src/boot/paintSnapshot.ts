// Paints the library from its last snapshot while the app's scripts load, so a returning reader sees the list at once.
//
// build/snapshotPlugin.ts inlines this function into index.html as a classic script that runs before the module
// scripts, so it may import types only, and it must never throw. The painted copy is inert (it cannot be clicked
// or typed into) until main.tsx renders the app over it. It marks the paint for the benchmark, as the app does.
import type { PageSnapshot, SnapshotNode } from './snapshotFormat';

export function paintSnapshot(key: string, version: number, tags: readonly string[], attributes: readonly string[]): void {
  try {
    const root = document.getElementById('root');
    const raw = localStorage.getItem(key);
    if (!root || !raw) return;
    const snapshot = JSON.parse(raw) as PageSnapshot;
    if (snapshot.version !== version || snapshot.path !== location.pathname) return;
    const build = (node: SnapshotNode | string): Node | null => {
      if (typeof node === 'string') return document.createTextNode(node);
      const [tag, attrs, children] = node;
      if (!tags.includes(tag)) return null;
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) {
        // Links keep same-site paths only: a snapshot can never point elsewhere or hold a javascript: URL.
        if (attributes.includes(name) && (name !== 'href' || /^\/(?!\/)/.test(value))) element.setAttribute(name, value);
      }
      for (const child of children) {
        const built = build(child);
        if (built) element.appendChild(built);
      }
      return element;
    };
    const fragment = document.createDocumentFragment();
    for (const node of snapshot.root) {
      const built = build(node);
      if (built) fragment.appendChild(built);
    }
    for (const name of ['lang', 'data-theme']) {
      const value = snapshot.html[name];
      if (value) document.documentElement.setAttribute(name, value);
    }
    root.setAttribute('inert', '');
    root.appendChild(fragment);
    requestAnimationFrame(() => performance.mark('tolk:library-painted'));
  } catch {
    // A broken snapshot only means no early paint; the app renders as usual.
  }
}
