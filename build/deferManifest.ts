// Vite plugin: takes the web app manifest's <link> that vite-plugin-pwa writes out of every page; the app links it
// once its start-up has settled (src/app/webManifest.ts).
//
// With the link in the page, Chromium reads the manifest and its icons as the page opens, works out whether the app
// can be installed and redraws its own toolbar for it. In Lighthouse's mobile run of the reader that was about 170 ms
// of the browser's CPU (its main thread and its compositor) in the 800 ms after the first paint, on the two cores the
// app's start-up needs; a page with the same text and no manifest had none of it (issue #15). Installing still works:
// the browser reads a manifest linked later, as it reads one linked in the HTML.
import type { Plugin } from 'vite';

const MANIFEST_LINK = /\s*<link rel="manifest"[^>]*>/g;

/** `html` without its <link rel="manifest">. */
export function withoutManifestLink(html: string): string {
  return html.replace(MANIFEST_LINK, '');
}

/** Listed after VitePWA: its own post-order transform is the one that adds the link. */
export function deferManifestPlugin(): Plugin {
  return {
    name: 'tolk-defer-manifest',
    enforce: 'post',
    transformIndexHtml: { order: 'post', handler: withoutManifestLink },
  };
}
