// Writes the page snapshot that index.html paints before the app starts (src/boot): the library's DOM as data.
import { READER_PATH_PREFIX, READER_SNAPSHOT_KEY, SNAPSHOT_ATTRIBUTES, SNAPSHOT_KEY, SNAPSHOT_STYLE_PROPERTIES, SNAPSHOT_TAGS, SNAPSHOT_VERSION, type PageSnapshot, type SnapshotNode } from '../boot/snapshotFormat';
import { sendPageCopy } from './copyPage';
import { matchesIn, readRule, usedRulesText, type RuleText } from './usedStyles';

const TAGS = new Set(SNAPSHOT_TAGS);
const ATTRIBUTES = new Set(SNAPSHOT_ATTRIBUTES);
/** Mark transient elements (notices, results) with this attribute to keep them out of the snapshot. */
export const NO_SNAPSHOT = 'data-no-snapshot';

export interface SnapshotWalk {
  /** Elements outside the allowlist are left out with their content, or (`unwrap`) replaced by their content. */
  unwrap?: boolean;
  /** True leaves the element out before anything of it is read: cheaper than `visit` where most of a page goes. */
  skip?: (element: HTMLElement) => boolean;
  /**
   * Sees each element's written attributes (custom properties included) and may change them; false leaves the element
   * out, 'unwrap' keeps its content in its place.
   */
  visit?: (element: HTMLElement, attributes: Record<string, string>) => boolean | 'unwrap';
}

/** Adjacent texts as one (an unwrapped element leaves its text beside its neighbours'). */
function joinTexts(nodes: (SnapshotNode | string)[]): (SnapshotNode | string)[] {
  const joined: (SnapshotNode | string)[] = [];
  for (const node of nodes) {
    const last = joined.length - 1;
    if (typeof node === 'string' && typeof joined[last] === 'string') joined[last] += node;
    else joined.push(node);
  }
  return joined;
}

/** One DOM node as snapshot data: a text, an element, or (unwrapped or left out) the list of what stands for it. */
export function toSnapshot(node: Node, walk: SnapshotWalk = {}): (SnapshotNode | string)[] {
  if (node.nodeType === Node.TEXT_NODE) return [node.textContent ?? ''];
  if (!(node instanceof HTMLElement) || node.hasAttribute(NO_SNAPSHOT) || walk.skip?.(node)) return [];
  const children = () => joinTexts([...node.childNodes].flatMap((child) => toSnapshot(child, walk)));
  const tag = node.tagName.toLowerCase();
  if (!TAGS.has(tag)) return walk.unwrap ? children() : [];
  const attributes: Record<string, string> = {};
  for (const { name, value } of node.attributes) if (ATTRIBUTES.has(name)) attributes[name] = value;
  for (const name of SNAPSHOT_STYLE_PROPERTIES) {
    const value = node.style.getPropertyValue(name).trim();
    if (value) attributes[name] = value;
  }
  if (node instanceof HTMLOptionElement && node.selected) attributes.selected = '';
  const kept = walk.visit?.(node, attributes) ?? true;
  if (kept === 'unwrap') return children();
  if (!kept) return [];
  return [[tag, attributes, children()]];
}

/** What #root shows now as the snapshot of `path`, with the style rules its copy uses. */
export function pageSnapshot(path: string, walk: SnapshotWalk = {}): PageSnapshot | undefined {
  const root = document.getElementById('root');
  if (!root) return undefined;
  const html = { lang: document.documentElement.lang, 'data-theme': document.documentElement.dataset.theme ?? 'system' };
  const nodes = [...root.childNodes].flatMap((child) => toSnapshot(child, walk)).filter((child): child is SnapshotNode => Array.isArray(child));
  return { version: SNAPSHOT_VERSION, path, html, root: nodes, styles: pageStyles(copyPage(html, nodes)) };
}

/**
 * The page as the painter will draw the copy (src/boot/paintSnapshot.ts), in a document of its own that is never
 * shown: its <html> attributes and the copy inert in #root, for the rules to be tried on.
 */
function copyPage(html: Record<string, string>, nodes: SnapshotNode[]): Document {
  const page = document.implementation.createHTMLDocument('');
  for (const [name, value] of Object.entries(html)) page.documentElement.setAttribute(name, value);
  const root = page.createElement('div');
  root.id = 'root';
  root.setAttribute('inert', '');
  root.append(...nodes.map((node) => elementOf(page, node)));
  page.body.append(root);
  return page;
}

/**
 * A node this writer has just made, as an element of `page`, for selectors only: its custom properties (which no
 * selector reads) are left out. The painter's own builder checks what it reads, and lives in the inline script.
 */
function elementOf(page: Document, [tag, attributes, children]: SnapshotNode): Element {
  const element = page.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (!name.startsWith('--')) element.setAttribute(name, value);
  element.append(...children.map((child) => (typeof child === 'string' ? child : elementOf(page, child))));
  return element;
}

/** Each stylesheet's rules, read once: the reader writes its snapshot again whenever scrolling settles. */
const sheetRules = new WeakMap<CSSStyleSheet, RuleText[]>();

/** The page's stylesheets from this site, by path: a lazy chunk's (the reader's) are painted from these. */
function pageSheets(): { path: string; sheet: CSSStyleSheet }[] {
  const sheets = [];
  for (const sheet of document.styleSheets) {
    const url = sheet.href ? new URL(sheet.href) : undefined;
    if (url && url.origin === location.origin && url.pathname.endsWith('.css')) sheets.push({ path: url.pathname, sheet });
  }
  return sheets;
}

/** Those sheets' rules that the copy on `page` uses, as text, by path; a sheet not yet read is read now. */
function pageStyles(page: Document): Record<string, string> {
  const matches = matchesIn(page);
  const styles: Record<string, string> = {};
  for (const { path, sheet } of pageSheets()) {
    let rules = sheetRules.get(sheet);
    if (rules === undefined) sheetRules.set(sheet, (rules = Array.from(sheet.cssRules, readRule)));
    styles[path] = usedRulesText(rules, matches);
  }
  return styles;
}

/** How long one idle task reads rules for. */
const READ_SLICE_MS = 3;

type Idle = (run: (deadline?: IdleDeadline) => void) => () => void;
const whenIdle: Idle = (run) => {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 200);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(run, { timeout: 2000 });
  return () => cancelIdleCallback(handle);
};

/**
 * Runs `save` in a task of its own when the browser is idle, after reading the page's stylesheets as text a few
 * milliseconds per idle task (all of a page's rules at once took about 10 ms, in the page's start-up); what `save`
 * returns (the write) runs in the next idle task. Returns a function that cancels.
 */
export function saveWhenIdle(save: () => (() => void) | undefined, idle: Idle = whenIdle): () => void {
  const sheets = pageSheets().map(({ sheet }) => sheet).filter((sheet) => !sheetRules.has(sheet));
  let reading: { sheet: CSSStyleSheet; rules: CSSRuleList; next: number; read: RuleText[] } | undefined;
  let cancel = () => {};
  const step = (deadline?: IdleDeadline) => {
    const until = performance.now() + Math.min(READ_SLICE_MS, deadline?.timeRemaining() ?? READ_SLICE_MS);
    while (performance.now() < until) {
      if (!reading) {
        const sheet = sheets.shift();
        if (!sheet) break;
        reading = { sheet, rules: sheet.cssRules, next: 0, read: [] };
      }
      const rule = reading.rules[reading.next++];
      if (rule) reading.read.push(readRule(rule));
      else {
        sheetRules.set(reading.sheet, reading.read);
        reading = undefined;
      }
    }
    cancel = idle(
      reading || sheets.length > 0
        ? step
        : () => {
            const write = save();
            if (write) cancel = idle(write);
          },
    );
  };
  cancel = idle(step);
  return () => cancel();
}

/** Stores a snapshot, and gives it to the service worker as its page's copy; a full or blocked localStorage only means no early paint. */
export function storeSnapshot(key: string, snapshot: PageSnapshot | undefined): void {
  if (!snapshot) return;
  sendPageCopy(snapshot);
  try {
    localStorage.setItem(key, JSON.stringify(snapshot));
  } catch {
    // Quota or privacy mode: the next start paints when the app is ready, as without a snapshot.
  }
}

/** Saves what #root shows as the library's snapshot for `path`, when the browser is idle (unless the page has changed by then). */
export function savePageSnapshotWhenIdle(path: string): () => void {
  return saveWhenIdle(() => {
    const snapshot = location.pathname === path ? pageSnapshot(path) : undefined;
    return () => storeSnapshot(SNAPSHOT_KEY, snapshot);
  });
}

/** A deleted article's text leaves the reader's snapshot too (only imported articles can be deleted, and the worker keeps no page of theirs; an undo brings the article back, and the snapshot with its next visit). */
export function forgetReaderSnapshot(articleId: string): void {
  try {
    const raw = localStorage.getItem(READER_SNAPSHOT_KEY);
    const path = raw ? (JSON.parse(raw) as Partial<PageSnapshot>).path : undefined;
    if (path === READER_PATH_PREFIX + encodeURIComponent(articleId)) localStorage.removeItem(READER_SNAPSHOT_KEY);
  } catch {
    // Blocked storage holds no snapshot; one that does not parse is never painted.
  }
}
