// The built index.html's Content-Security-Policy: the inline painter allowed by its exact hash, nothing else inline.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { contentSecurityPolicy, minifiedScript, readerAssets, readerPreloadScript, snapshotPlugin, snapshotScript, startupAssets, withContentSecurityPolicy } from './snapshotPlugin.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('the Content-Security-Policy', () => {
  it('allows scripts from the app and the hashed inline ones only, and no plugins or foreign base', () => {
    const policy = contentSecurityPolicy(['abc=']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });

  it('follows <meta charset>, with the hash of the painter exactly as the page holds it', () => {
    const script = snapshotScript(readFileSync(new URL('../src/boot/paintSnapshot.ts', import.meta.url), 'utf8'));
    const html = `<!doctype html><html><head><meta charset="UTF-8" /><title>Tolk</title></head><body><div id="root"></div><script type="module" src="/assets/index.js"></script><script>${script}</script></body></html>`;
    const out = withContentSecurityPolicy(html);
    expect(out).toMatch(/^<!doctype html><html><head><meta charset="UTF-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="[^"]+" \/><title>/);
    expect(out).toContain(`'sha256-${sha256(script)}'`);
    // Only the inline script is hashed: the module script is a file, allowed by 'self'.
    expect(out.match(/'sha256-/g)).toHaveLength(1);
  });

  it('inlines the painter as one self-contained function scope with the format allowlists', () => {
    const script = snapshotScript(readFileSync(new URL('../src/boot/paintSnapshot.ts', import.meta.url), 'utf8'));
    expect(script).not.toMatch(/\bexport\b|\bimport\b/);
    expect(script).toContain('function isSameSitePath');
    // The reader's paths paint the reader's snapshot, every other path the library's.
    expect(script).toContain('paintSnapshot(location.pathname.startsWith("/read/") ? {"key":"tolk:reader-snapshot"');
    expect(script).toContain(': {"key":"tolk:library-snapshot","mark":"tolk:library-painted"}, {"version":2,"tags":[');
    // Without a build's page assets (the dev server) the painter starts nothing.
    expect(script).toMatch(/"firstVisit":"tolk-first-visit"\}\);/);
  });
});

describe('the minified painter', () => {
  const source = snapshotScript(readFileSync(new URL('../src/boot/paintSnapshot.ts', import.meta.url), 'utf8'), { modules: [], stylesheets: [] }, { entry: '/assets/index.js', modules: [], stylesheets: [] });
  const script = minifiedScript(source);

  it('is about half the size, and still one function scope', () => {
    expect(script.length).toBeLessThan(source.length * 0.6);
    expect(script).toMatch(/^\(\(\)=>\{[^]*\}\)\(\);?$/);
  });

  it('still asks for the copy\'s style in the parser\'s task and for its layout in the frame, which look like reads with no effect', () => {
    expect(script).toMatch(/getComputedStyle\([a-z$_]+\)\.color/i);
    expect(script).toContain('.offsetHeight');
    expect(script).toContain('tolk:reader-snapshot-painted');
  });
});

describe('the reader preload', () => {
  const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], css: string[] = []) =>
    ({ type: 'chunk', fileName, facadeModuleId, imports, viteMetadata: { importedCss: new Set(css), importedAssets: new Set() } }) as unknown as Rollup.OutputChunk;
  const bundle = {
    'assets/index.js': chunk('assets/index.js', '/app/src/main.tsx', ['assets/react.js']),
    'assets/react.js': chunk('assets/react.js', null, []),
    'assets/ReaderRoute.js': chunk('assets/ReaderRoute.js', '/app/src/app/ReaderRoute.tsx', ['assets/react.js', 'assets/types.js'], ['assets/ReaderRoute.css']),
    'assets/types.js': chunk('assets/types.js', null, []),
  } as Rollup.OutputBundle;

  it('names the reader chunk, its imports that index.html does not preload, and its stylesheet', () => {
    expect(readerAssets(bundle, (file) => file === 'assets/react.js')).toEqual({ modules: ['/assets/ReaderRoute.js', '/assets/types.js'], stylesheets: ['/assets/ReaderRoute.css'] });
  });

  it('adds the links on /read/ paths only, and nothing when there is no reader chunk', () => {
    const script = readerPreloadScript({ modules: ['/assets/ReaderRoute.js'], stylesheets: ['/assets/ReaderRoute.css'] });
    expect(script).toContain('if (location.pathname.startsWith("/read/"))');
    expect(script).toContain('[["modulepreload","/assets/ReaderRoute.js"],["stylesheet","/assets/ReaderRoute.css"]]');
    expect(readerPreloadScript(readerAssets({}, () => false))).toBe('');
  });

  it('links the stylesheet through startApp\'s hold, the modules as module preloads', () => {
    const script = readerPreloadScript({ modules: ['/assets/ReaderRoute.js'], stylesheets: ['/assets/ReaderRoute.css'] });
    const links: Record<string, string>[] = [];
    const held: Record<string, string>[] = [];
    const document = { createElement: () => ({}), head: { appendChild: (link: Record<string, string>) => links.push(link) } };
    new Function('document', 'location', 'hold', script)(document, { pathname: '/read/some-article' }, (link: Record<string, string>) => held.push(link));
    expect(links.map(({ rel, href, crossOrigin }) => ({ rel, href, crossOrigin }))).toEqual([
      { rel: 'modulepreload', href: '/assets/ReaderRoute.js', crossOrigin: '' },
      { rel: 'stylesheet', href: '/assets/ReaderRoute.css', crossOrigin: undefined },
    ]);
    expect(held).toEqual([links[1]]);
  });
});

describe('the start-up preload', () => {
  const chunk = (fileName: string, imports: string[], dynamicImports: string[] = [], css: string[] = [], isEntry = false) =>
    ({ type: 'chunk', fileName, isEntry, imports, dynamicImports, viteMetadata: { importedCss: new Set(css), importedAssets: new Set() } }) as unknown as Rollup.OutputChunk;
  const bundle = {
    'assets/index.js': chunk('assets/index.js', [], ['assets/db.js', 'assets/client.js', 'assets/start.js'], [], true),
    'assets/db.js': chunk('assets/db.js', []),
    'assets/client.js': chunk('assets/client.js', ['assets/shell.js', 'assets/index.js']),
    'assets/start.js': chunk('assets/start.js', ['assets/shell.js', 'assets/client.js', 'assets/index.js'], ['assets/LibraryPage.js'], ['assets/start.css']),
    'assets/shell.js': chunk('assets/shell.js', ['assets/index.js']),
    'assets/LibraryPage.js': chunk('assets/LibraryPage.js', ['assets/shell.js'], [], ['assets/LibraryPage.css']),
  } as Rollup.OutputBundle;

  it('names every module the entry imports to start, with their own imports and stylesheets, once each, but not the entry or the pages', () => {
    const { modules, stylesheets } = startupAssets(bundle);
    expect(modules.toSorted()).toEqual(['/assets/client.js', '/assets/db.js', '/assets/shell.js', '/assets/start.js']);
    expect(stylesheets).toEqual(['/assets/start.css']);
  });

  it('asks for them with the entry, in the inline script', () => {
    const script = snapshotScript('', { modules: [], stylesheets: [] }, { entry: '/assets/index.js', ...startupAssets(bundle) });
    expect(script).toMatch(/for \(const href of \["\/assets\/index\.js","\/assets\/db\.js",[^\]]*\]\) \{ const preload = document\.createElement\('link'\); preload\.rel = 'modulepreload'/);
    expect(script).toContain('for (const href of ["/assets/start.css"])');
  });
});

describe('the built index.html', () => {
  const html = `<!doctype html><html><head><meta charset="UTF-8" />
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css"></head><body><div id="root"></div></body></html>`;
  const build = (bundle: Rollup.OutputBundle | undefined) => {
    const plugin = snapshotPlugin();
    (plugin.configResolved as (config: { root: string; command: string }) => void)({ root: new URL('..', import.meta.url).pathname, command: 'build' });
    const { handler } = plugin.transformIndexHtml as { handler: (html: string, context: { bundle?: Rollup.OutputBundle }) => string };
    return handler(html, bundle ? { bundle } : {});
  };

  it('leaves the stylesheets and the entry to the inline script, which asks for them once the copy is painted and starts the entry once the stylesheets have loaded', () => {
    const out = build({} as Rollup.OutputBundle);
    expect(out).not.toContain('<script type="module"');
    expect(out).not.toContain('rel="stylesheet"');
    // Nothing the parser would fetch before the copy's frame.
    expect(out.replace(/<script>[\s\S]*?<\/script>/, '')).not.toContain('modulepreload');
    const inline = /<script>([\s\S]*?)<\/script>/.exec(out)?.[1] ?? '';
    // Last in <body>, after #root: the copy goes in as the parser reaches it, with nothing left to parse.
    expect(out).toMatch(/<div id="root"><\/div>\s*<script>[\s\S]*<\/script>\s*<\/body><\/html>$/);
    // The page carries it minified; what it does is read here before minifying.
    const source = snapshotScript(readFileSync(new URL('../src/boot/paintSnapshot.ts', import.meta.url), 'utf8'), readerAssets({} as Rollup.OutputBundle, () => false), { entry: '/assets/index-abc.js', modules: [], stylesheets: ['/assets/index-abc.css'] });
    expect(inline).toBe(minifiedScript(source));
    expect(source).toContain(', startApp);');
    expect(source).toContain('for (const href of ["/assets/index-abc.js"]) { const preload');
    expect(source).toContain('let waiting = 1;');
    expect(source).toContain('script.src = "/assets/index-abc.js"');
    expect(source).toContain('for (const href of ["/assets/index-abc.css"])');
    // The policy allows the inline script by its hash, and the entry as a file of the app.
    expect(out).toContain(`'sha256-${sha256(inline)}'`);
  });

  it('keeps the module script and the stylesheet where there is no bundle (the dev server)', () => {
    const out = build(undefined);
    expect(out).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>');
    expect(out).toContain('<link rel="stylesheet" crossorigin href="/assets/index-abc.css">');
    expect(out).not.toContain('ready');
  });
});
