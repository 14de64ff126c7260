// Hands the service worker each snapshot as the page's own HTML (public/sw-routes.js stores it as that page): a return visit then shows the copy as the browser parses the page, with no script to build it.
//
// In a new renderer process the painter's work (reading the snapshot, building it node by node, constructing its
// sheets) put the copy's first frame 15–21 ms after the same copy as a probe page of its own; the real page with its
// copy came 1–8 ms sooner than the painter's, taking turns (issue #15, twenty-fifth pass).
// The snapshot in localStorage stays: the painter falls back on it where the worker has no page to give (an imported
// article, a browser without static routes, a version just installed).
import { SNAPSHOT_HTML_VALUES, type PageSnapshot } from '../boot/snapshotFormat';
import { propertyRules, snapshotHtml } from '../boot/snapshotHtml';

/** The message public/sw-routes.js listens for (it names the type itself: the worker's script is not bundled). */
export const COPY_PAGE_MESSAGE = 'tolk:copy-page';

/** The copy's parts, each placed by the worker in the build's page for the path. */
export interface PageCopy {
  /** <html> attributes, each one of SNAPSHOT_HTML_VALUES. */
  html: Record<string, string>;
  /** #root's content (snapshotHtml: the format's elements, text escaped). */
  body: string;
  /** The copy's style rules, for a <style> element in the page's head. */
  style: string;
  /** The style's hash as the page's policy names it (`sha256-…`). */
  styleHash: string;
}

export interface CopyPageMessage {
  type: typeof COPY_PAGE_MESSAGE;
  path: string;
  copy: PageCopy;
}

/** A hash of `text` as a policy's source expression names it. */
async function policyHash(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}

/** The page copy of `snapshot`; undefined for one that is not the format's, or whose style could end its element. */
export async function pageCopy(snapshot: PageSnapshot): Promise<PageCopy | undefined> {
  let body: string;
  try {
    body = snapshotHtml(snapshot.root);
  } catch {
    return undefined;
  }
  const style = [...Object.values(snapshot.styles ?? {}), propertyRules([snapshot.root])].join('\n');
  if (/<\/style/i.test(style)) return undefined;
  const html: Record<string, string> = {};
  for (const [name, allowed] of Object.entries(SNAPSHOT_HTML_VALUES)) {
    const value = snapshot.html[name];
    if (value === undefined || !allowed.includes(value)) return undefined;
    html[name] = value;
  }
  return { html, body, style, styleHash: await policyHash(style) };
}

/** The snapshot last sent, sent again when a worker takes control (on a first visit it does so after the first write). */
let lastSent: PageSnapshot | undefined;
let listening = false;

async function send(snapshot: PageSnapshot): Promise<void> {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return;
  const copy = await pageCopy(snapshot);
  if (!copy) return;
  const message: CopyPageMessage = { type: COPY_PAGE_MESSAGE, path: snapshot.path, copy };
  worker.postMessage(message);
}

/** Gives the worker `snapshot` as its path's page (the worker ignores a path it does not serve itself). */
export function sendPageCopy(snapshot: PageSnapshot): void {
  lastSent = snapshot;
  if (!listening && navigator.serviceWorker) {
    listening = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (lastSent) void send(lastSent).catch(() => undefined);
    });
  }
  void send(snapshot).catch(() => undefined);
}
