// Paints the library, or the reader's first screen, from its last snapshot (or on a first visit the one the page came with) while the app's scripts load, so the page shows at once.
//
// build/snapshotPlugin.ts inlines this file at the end of index.html's <body> as a classic script that runs before the
// page's stylesheets and module scripts, so it may import types only, and it must never throw. The painted copy is
// inert (it cannot be clicked or typed into) until the app (src/app/start.tsx) renders over it. It marks the paint for
// the benchmark, as the app does. In a build it also starts the app's module script, once the copy is on screen.
// The snapshot sits in localStorage, where anything on the origin could have tampered with it: the copy is built
// whole (iteratively, with caps on depth and size) before anything is shown, and anything unexpected means no paint.
import type { FirstVisitBlock, PageSnapshot, SnapshotNode } from './snapshotFormat';

/** What a snapshot may hold (snapshotFormat.ts), passed in so that this file stays one self-contained function. */
export interface SnapshotRules {
  version: number;
  tags: readonly string[];
  attributes: readonly string[];
  /** Custom properties set through the CSSOM, numbers only. */
  styleProperties: readonly string[];
  htmlValues: Readonly<Record<string, readonly string[]>>;
  /** The id of the page's first-visit block (FIRST_VISIT_ID), painted when the browser has no snapshot of its own. */
  firstVisit: string;
}

/** Which snapshot a path paints (library or reader), and the performance mark its paint sets. */
export interface SnapshotSlot {
  key: string;
  mark: string;
}

/** On #root when the page itself holds the copy (public/sw-routes.js writes such pages): nothing to build. */
export const PAGE_COPY_ATTRIBUTE = 'data-copy';
/** The id of such a page's <style>, the copy's rules. */
export const PAGE_COPY_STYLE = 'tolk-copy';

/** Deeper or bigger than any library page: a snapshot beyond these was not written by Tolk. */
export const MAX_SNAPSHOT_DEPTH = 64;
export const MAX_SNAPSHOT_NODES = 20_000;
const MAX_STYLESHEETS = 8;
/** A row number or a scale: the only values a snapshot's custom properties take. */
const STYLE_VALUE = /^\d{1,6}(\.\d{1,4})?$/;

/**
 * A same-site path: exactly one "/" then a character that is neither "/" nor "\" (browsers read "//x" and "/\x" as
 * another host), and no control characters anywhere (browsers drop tabs and line feeds, so "/<TAB>/x" becomes "//x").
 */
export function isSameSitePath(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
  return /^\/[^/\\]/.test(value) && !/[\u0000-\u001F\u007F-\u009F]/.test(value);
}

/** Builds the snapshot's nodes without recursion; throws on anything that is not the snapshot format. */
export function buildSnapshot(nodes: unknown, { tags, attributes, styleProperties }: Pick<SnapshotRules, 'tags' | 'attributes' | 'styleProperties'>): DocumentFragment {
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
      if (styleProperties.includes(name)) {
        if (STYLE_VALUE.test(value)) element.style.setProperty(name, value);
      } else if (attributes.includes(name) && (name !== 'href' || isSameSitePath(value))) element.setAttribute(name, value);
    }
    parent.appendChild(element);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], element, depth + 1]);
  }
  return fragment;
}

/** The snapshot's styles of same-site .css paths, at most a few. */
export function stylesOf(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && isSameSitePath(entry[0]) && /^[^?#]+\.css$/.test(entry[0]))
    .slice(0, MAX_STYLESHEETS)
    .map(([, css]) => css);
}

/**
 * The UI language for a browser's preference list: the first of ours it names, else English. The app starts in it
 * (src/i18n/i18n.ts re-exports it), and a first visit's copy is painted in it.
 */
export function detectLanguage(preferred: readonly string[]): 'nb' | 'en' {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nb' || base === 'no' || base === 'nn') return 'nb';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** A copy to paint: its elements, and the snapshot's page, <html> attributes and styles (still to be checked). */
interface Copy {
  version: unknown;
  path: unknown;
  html: unknown;
  styles?: unknown;
  /** A first-visit copy's rules that give its elements their custom properties. */
  properties?: unknown;
  fragment: DocumentFragment;
}

/** The browser's own snapshot of this path, built; undefined if it has none. */
function storedCopy(key: string, rules: SnapshotRules): Copy | undefined {
  const raw = localStorage.getItem(key);
  const stored = raw ? (JSON.parse(raw) as PageSnapshot | null) : undefined;
  if (!stored || stored.version !== rules.version || stored.path !== location.pathname) return undefined;
  return { ...stored, fragment: buildSnapshot(stored.root, rules) };
}

/**
 * The page's first-visit copy in the browser's language: its elements are the page's <template>, built by the
 * browser's parser as it read the page (not here from JSON: a few milliseconds less before the first paint). They are
 * part of the page, as the build wrote it, so they need none of the checks a stored snapshot does, and their custom
 * properties come from rules among the copy's styles (no work here either).
 */
function firstVisitCopy(rules: SnapshotRules): Copy | undefined {
  const block = document.getElementById(rules.firstVisit)?.textContent;
  if (!block) return undefined;
  const { copies, styles, properties } = JSON.parse(block) as FirstVisitBlock;
  const lang = detectLanguage(navigator.languages);
  const copy = copies[lang];
  const fragment = (document.getElementById(`${rules.firstVisit}-${lang}`) as HTMLTemplateElement | null)?.content;
  return copy && fragment ? { ...copy, styles, properties, fragment } : undefined;
}

/** The copy for this path, with its styles: the browser's own snapshot, else the page's first-visit copy; undefined if there is none or it is not valid. */
function readSnapshot(key: string, rules: SnapshotRules): { fragment: DocumentFragment; styles: string[] } | undefined {
  const copy = storedCopy(key, rules) ?? firstVisitCopy(rules);
  if (!copy || copy.version !== rules.version || copy.path !== location.pathname) return undefined;
  const html = copy.html;
  if (typeof html !== 'object' || html === null) return undefined;
  for (const [name, allowed] of Object.entries(rules.htmlValues)) {
    const value: unknown = (html as Record<string, unknown>)[name];
    if (typeof value === 'string' && allowed.includes(value)) document.documentElement.setAttribute(name, value);
  }
  return { fragment: copy.fragment, styles: [...stylesOf(copy.styles), ...(typeof copy.properties === 'string' ? [copy.properties] : [])] };
}

/**
 * Paints the path's snapshot into #root (which the page has made by the time this runs), then, once that frame is
 * on screen, calls `startApp` with #root (index.html's module script is started from here in a build, so that its
 * evaluation never holds the copy's first frame back). Without a snapshot to paint, `startApp` is called at once,
 * with nothing.
 */
export function paintSnapshot({ key, mark }: SnapshotSlot, rules: SnapshotRules, startApp: (copy?: HTMLElement) => void = () => undefined): void {
  const root = document.getElementById('root');
  // The page came with its copy (src/components/copyPage.ts): the parser has built it, the page's style has styled it.
  if (root?.hasAttribute(PAGE_COPY_ATTRIBUTE)) return markWhenPainted(root, mark, startApp, 'page');
  let copy: ReturnType<typeof readSnapshot>;
  try {
    copy = readSnapshot(key, rules);
  } catch {
    // A broken or tampered snapshot only means no early paint; the app renders as usual.
  }
  if (!copy || !root || root.firstChild) return startApp();
  try {
    // The page's styles, a lazy chunk's (the reader's) included, come with the copy, so that it never waits for a
    // file: constructed sheets, which src/app/start.tsx takes away as the app renders, when the files have loaded.
    // Their rules come without transitions (src/components/usedStyles.ts), which would make the style pass below lay
    // the page out as well.
    if (copy.styles.length > 0) {
      document.adoptedStyleSheets = copy.styles.map((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return sheet;
      });
    }
    root.setAttribute('inert', '');
    root.appendChild(copy.fragment);
    // The copy's style is worked out now, in the parser's task, and its layout in the frame's: done in one task, the
    // two took 31–42 ms on a first visit, enough to pass 50 ms when the other core was busy (scripts/bench: readertasks).
    void getComputedStyle(root).color;
  } catch {
    return startApp();
  }
  markWhenPainted(root, mark, startApp, 'snapshot');
}

/** Marks the copy's first frame (with where the copy came from) and starts the app once that frame is on screen. */
function markWhenPainted(root: HTMLElement, mark: string, startApp: (copy?: HTMLElement) => void, from: 'page' | 'snapshot'): void {
  requestAnimationFrame(() => {
    // The frame lays the copy out after this callback: asked for now, so that the mark comes after the copy's style
    // and layout, as a static page's mark comes after that page's (done as its parsing ended), at no extra cost.
    void root.offsetHeight;
    performance.mark(mark, { detail: from });
    afterFirstContentfulPaint(() => startApp(root));
  });
}

/** How long the app waits for the browser to say the copy is on screen before it starts anyway. */
export const ON_SCREEN_WAIT_MS = 1000;

/**
 * Calls `then` once the browser reports the page's first contentful paint: the copy's frame is on screen, not only
 * drawn. The app's scripts started as soon as the frame was drawn took the cores from rastering and presenting it,
 * and the copy reached the screen about 60 ms later on a first visit (scripts/bench: the first contentful paint).
 * Where the browser does not report paints, a task after the frame's; if it never reports one, ON_SCREEN_WAIT_MS.
 */
function afterFirstContentfulPaint(then: () => void): void {
  let observer: PerformanceObserver | undefined;
  let waiting = true;
  const go = () => {
    if (!waiting) return;
    waiting = false;
    observer?.disconnect();
    then();
  };
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) go();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  setTimeout(go, observer ? ON_SCREEN_WAIT_MS : 0);
}
