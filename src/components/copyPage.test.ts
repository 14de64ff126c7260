// The page copy the app hands the service worker: the snapshot as HTML with its text escaped, its style hashed for the page's policy.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SNAPSHOT_VERSION, type PageSnapshot } from '../boot/snapshotFormat';
import { COPY_PAGE_MESSAGE, pageCopy, sendPageCopy } from './copyPage';

const snapshot = (changes: Partial<PageSnapshot> = {}): PageSnapshot => ({
  version: SNAPSHOT_VERSION,
  path: '/read/a',
  html: { lang: 'nb', 'data-theme': 'dark' },
  root: [['div', { class: 'parallel', '--rows': '2' }, [['p', { lang: 'en' }, ['<img src=x onerror="hacked()"> & more']]]]],
  styles: { '/assets/start.css': '.parallel { display: grid; }', '/assets/ReaderRoute.css': '.pane { gap: 1rem; }' },
  ...changes,
});

describe('pageCopy', () => {
  it('gives the copy as HTML with its text escaped, its rules with those of its rows, and the hash the policy names', async () => {
    const copy = await pageCopy(snapshot());
    expect(copy?.body).toBe('<div class="parallel" data-var-rows="2"><p lang="en">&lt;img src=x onerror="hacked()"&gt; &amp; more</p></div>');
    expect(copy?.style).toBe('.parallel { display: grid; }\n.pane { gap: 1rem; }\n[data-var-rows="2"]{--rows:2}');
    // That style's SHA-256, as `openssl dgst -sha256 -binary | base64` gives it.
    expect(copy?.styleHash).toBe('sha256-uAAvg68vQULoB/oes0YqQ4D1VYZO5MJ7EgUinvkS9zI=');
    expect(copy?.html).toEqual({ lang: 'nb', 'data-theme': 'dark' });
  });

  it('gives none for a snapshot that is not the format, a style that could end its element, or values <html> may not take', async () => {
    expect(await pageCopy(snapshot({ root: [['script', {}, ['x()']]] }))).toBeUndefined();
    expect(await pageCopy(snapshot({ root: [['p', { onclick: 'x()' }, []]] }))).toBeUndefined();
    expect(await pageCopy(snapshot({ styles: { '/a.css': '.x { content: "</style><script>x()</script>"; }' } }))).toBeUndefined();
    expect(await pageCopy(snapshot({ html: { lang: 'de', 'data-theme': 'dark' } }))).toBeUndefined();
    expect(await pageCopy(snapshot({ html: { lang: 'nb' } }))).toBeUndefined();
  });
});

describe('sendPageCopy', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts the copy to the worker that controls the page, and again to one that takes control later', async () => {
    const listeners: (() => void)[] = [];
    const first = { postMessage: vi.fn() };
    const serviceWorker = { controller: null as { postMessage: (message: unknown) => void } | null, addEventListener: (_: string, run: () => void) => listeners.push(run) };
    vi.stubGlobal('navigator', { serviceWorker });

    sendPageCopy(snapshot());
    // No worker yet (a first visit): nothing is sent until one takes control.
    await vi.waitFor(() => expect(listeners).toHaveLength(1));
    serviceWorker.controller = first;
    listeners.forEach((run) => run());
    await vi.waitFor(() => expect(first.postMessage).toHaveBeenCalledOnce());
    const message = first.postMessage.mock.calls[0]?.[0] as { type: string; path: string; copy: { body: string } };
    expect(message.type).toBe(COPY_PAGE_MESSAGE);
    expect(message.path).toBe('/read/a');
    expect(message.copy.body).toContain('&lt;img');

    // The next snapshot goes to the worker at once.
    sendPageCopy(snapshot({ path: '/read/b' }));
    await vi.waitFor(() => expect(first.postMessage).toHaveBeenCalledTimes(2));
    expect((first.postMessage.mock.calls[1]?.[0] as { path: string }).path).toBe('/read/b');
  });
});
