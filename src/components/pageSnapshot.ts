// Writes the page snapshot that index.html paints before the app starts (src/boot): the library's DOM as data.
import { SNAPSHOT_ATTRIBUTES, SNAPSHOT_KEY, SNAPSHOT_TAGS, SNAPSHOT_VERSION, type PageSnapshot, type SnapshotNode } from '../boot/snapshotFormat';

const TAGS = new Set(SNAPSHOT_TAGS);
const ATTRIBUTES = new Set(SNAPSHOT_ATTRIBUTES);
/** Mark transient elements (notices, results) with this attribute to keep them out of the snapshot. */
export const NO_SNAPSHOT = 'data-no-snapshot';

function toSnapshot(node: Node): SnapshotNode | string | null {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof HTMLElement) || node.hasAttribute(NO_SNAPSHOT)) return null;
  const tag = node.tagName.toLowerCase();
  if (!TAGS.has(tag)) return null;
  const attributes: Record<string, string> = {};
  for (const { name, value } of node.attributes) if (ATTRIBUTES.has(name)) attributes[name] = value;
  if (node instanceof HTMLOptionElement && node.selected) attributes.selected = '';
  const children = [...node.childNodes].map(toSnapshot).filter((child) => child !== null);
  return [tag, attributes, children];
}

/** Saves what #root shows now as the snapshot for `path`; a full or blocked localStorage only means no early paint. */
export function savePageSnapshot(path: string): void {
  const root = document.getElementById('root');
  if (!root) return;
  const snapshot: PageSnapshot = {
    version: SNAPSHOT_VERSION,
    path,
    html: { lang: document.documentElement.lang, 'data-theme': document.documentElement.dataset.theme ?? 'system' },
    root: [...root.childNodes].map(toSnapshot).filter((child): child is SnapshotNode => Array.isArray(child)),
  };
  try {
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot));
  } catch {
    // Quota or privacy mode: the next start paints when the app is ready, as without a snapshot.
  }
}
