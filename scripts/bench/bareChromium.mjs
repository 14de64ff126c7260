// Chromium driven over its DevTools pipe with no Playwright on the page: for measuring main-thread tasks as a user's
// browser runs them. With Playwright's session on a page, V8 collects source positions while react-dom evaluates (a
// trace shows `V8.CollectSourcePositions`, 33–39 ms of CPU in a 50 ms task); in a browser with no DevTools client, or
// with only the Page domain enabled as here, that task is not long.
import { spawn } from 'node:child_process';

/**
 * Starts `executablePath` headless with `flags` and the profile in `userDataDir`, in a window of `width`×`height`.
 * Returns `newPage()` and `close()`; a page has `addInitScript(source)`, `goto(url)`, `evaluate(fn, arg)`,
 * `stopServiceWorkers()` and `close()`.
 */
export async function launchBareChromium({ executablePath, flags, userDataDir, width, height, lang = 'en-GB' }) {
  const args = ['--headless=new', '--no-sandbox', ...flags, `--user-data-dir=${userDataDir}`, `--window-size=${width},${height}`, `--lang=${lang}`, `--accept-lang=${lang}`, '--remote-debugging-pipe', 'about:blank'];
  const child = spawn(executablePath, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const pending = new Map();
  /** Rejects every call still waiting for an answer, with the error `errorFor` gives for its method. */
  const failPending = (errorFor) => {
    for (const { reject, method } of pending.values()) reject(errorFor(method));
    pending.clear();
  };
  // A browser that exits or cannot start fails what is waiting for it, rather than leaving the bench hanging.
  const exited = new Promise((resolve) => child.once('exit', resolve)).then(() => failPending((method) => new Error(`${method}: Chromium exited`)));
  child.once('error', (error) => failPending(() => error));
  const listeners = new Set();
  let nextId = 0;
  let buffered = '';
  // Messages are JSON, each ended by a NUL byte.
  child.stdio[4].on('data', (chunk) => {
    const parts = (buffered + chunk.toString('utf8')).split('\0');
    buffered = parts.pop();
    for (const part of parts) {
      const message = JSON.parse(part);
      const waiting = pending.get(message.id);
      if (waiting) {
        pending.delete(message.id);
        if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
        else waiting.resolve(message.result);
      } else for (const listener of listeners) listener(message);
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject, method });
      child.stdio[3].write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  /** The next `method` event of `sessionId`; rejects after `timeout` ms, so a page that never loads fails the bench. */
  const nextEvent = (method, sessionId, timeout) =>
    new Promise((resolve, reject) => {
      const listener = (message) => {
        if (message.method !== method || message.sessionId !== sessionId) return;
        listeners.delete(listener);
        clearTimeout(timer);
        resolve(message.params);
      };
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`no ${method} within ${timeout} ms`));
      }, timeout);
      listeners.add(listener);
    });

  async function newPage() {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    await send('Page.enable', {}, sessionId);
    return {
      addInitScript: (source) => send('Page.addScriptToEvaluateOnNewDocument', { source }, sessionId),
      async goto(url) {
        const loaded = nextEvent('Page.loadEventFired', sessionId, 60_000);
        const { errorText } = await send('Page.navigate', { url }, sessionId);
        if (errorText) throw new Error(`${url}: ${errorText}`);
        await loaded;
      },
      async evaluate(fn, arg) {
        const expression = `(${fn})(${arg === undefined ? '' : JSON.stringify(arg)})`;
        const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
        if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
        return result.value;
      },
      /** Stops the origin's service workers, as a browser stops an idle one (the ServiceWorker domain is on only meanwhile). */
      async stopServiceWorkers() {
        await send('ServiceWorker.enable', {}, sessionId);
        await send('ServiceWorker.stopAllWorkers', {}, sessionId);
        await send('ServiceWorker.disable', {}, sessionId);
      },
      close: () => send('Target.closeTarget', { targetId }),
    };
  }

  async function close() {
    await send('Browser.close').catch(() => undefined);
    await exited;
  }
  return { newPage, close };
}
