// Links the web app manifest once the page's start-up has settled: the build leaves it out of the HTML, for the
// browser's work on it took the cores the start-up needs (build/deferManifest.ts).
import type { PwaInfo } from 'virtual:pwa-info';

/** Adds `<link rel="manifest">` to the page's head, once (`manifest`: what `virtual:pwa-info` says of it). */
export function linkWebManifest(manifest: PwaInfo['webManifest'] | undefined, doc: Document = document): void {
  if (!manifest || doc.head.querySelector('link[rel="manifest"]')) return;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = manifest.href;
  if (manifest.useCredentials) link.crossOrigin = 'use-credentials';
  doc.head.appendChild(link);
}
