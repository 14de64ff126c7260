// The benches' static server answers as vite preview did for this app, from precompressed copies.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './staticServer.mjs';

const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});\n`;
let dir;
let server;
let origin;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tolk-static-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'read'));
  writeFileSync(join(dir, 'index.html'), '<p>app</p>');
  writeFileSync(join(dir, 'read/some-article.html'), '<p>first visit</p>');
  writeFileSync(join(dir, 'assets/entry.js'), SCRIPT);
  server = await serveStatic(dir, 0);
  origin = `http://localhost:${server.address().port}`;
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const text = async (path) => (await fetch(`${origin}${path}`)).text();

describe('serveStatic', () => {
  it('answers a path with its file, else its .html page, else the app for any path without an extension', async () => {
    expect(await text('/assets/entry.js')).toBe(SCRIPT);
    expect(await text('/read/some-article')).toBe('<p>first visit</p>');
    expect(await text('/read/another-article')).toBe('<p>app</p>');
    expect(await text('/')).toBe('<p>app</p>');
  });

  it('says a missing file with an extension is not found', async () => {
    expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404);
  });

  it('sends the gzip copy to a client that accepts it, with the type of the file', async () => {
    // fetch() would inflate the body itself: node:http shows what was sent.
    const response = await new Promise((resolve, reject) => get(`${origin}/assets/entry.js`, { headers: { 'accept-encoding': 'gzip' } }, resolve).on('error', reject));
    const chunks = [];
    for await (const chunk of response) chunks.push(chunk);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(gunzipSync(Buffer.concat(chunks)).toString()).toBe(SCRIPT);
  });
});
