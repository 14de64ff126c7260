// The first-visit pages a build writes (build/prerenderPlugin.ts): which pages, which files, and how a page carries its copy.
import { FIRST_VISIT_ID, READER_PATH_PREFIX, type FirstVisitBlock, type FirstVisitSnapshots } from '../src/boot/snapshotFormat.ts';
import { propertyRules, snapshotHtml } from '../src/boot/snapshotHtml.ts';

/** The pages drawn: the library and every shipped article. */
export function prerenderedPaths(articleIds: readonly string[]): string[] {
  return ['/', ...articleIds.map((id) => `${READER_PATH_PREFIX}${id}`)];
}

/** The file a page's HTML goes to: index.html for the library, read/<id>.html for an article (servers answer /read/<id> with it). */
export function pageFile(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

/**
 * The first-visit block: each language's copy as HTML in a <template> (its elements, which the parser builds but
 * nothing shows until the painter moves them into the page) and the rest as JSON in a data block, which is never run
 * (so the page's script policy needs no hash for it), with every "<" escaped so that no text can end the element.
 * `styles` are the stylesheets' rules every copy uses, once for all (build/prerenderPlugin.ts).
 */
export function firstVisitBlock(snapshots: FirstVisitSnapshots, styles: Record<string, string>): string {
  const drawn = Object.entries(snapshots) as [keyof FirstVisitSnapshots, NonNullable<FirstVisitSnapshots['nb']>][];
  const data: FirstVisitBlock = { copies: {}, styles, properties: propertyRules(drawn.map(([, snapshot]) => snapshot.root)) };
  const templates: string[] = [];
  for (const [lang, snapshot] of drawn) {
    data.copies[lang] = { version: snapshot.version, path: snapshot.path, html: snapshot.html };
    templates.push(`<template id="${FIRST_VISIT_ID}-${lang}">${snapshotHtml(snapshot.root)}</template>`);
  }
  return [...templates, `<script type="application/json" id="${FIRST_VISIT_ID}">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`].join('\n    ');
}

/** The page with the block placed right before the inline painter, which reads it as it runs. */
export function withFirstVisit(html: string, block: string): string {
  // The painter is the page's only <script> without attributes (the block's own has a type).
  const at = html.lastIndexOf('<script>');
  if (at < 0) throw new Error('index.html has no inline painter to give a first-visit copy to');
  return `${html.slice(0, at)}${block}\n    ${html.slice(at)}`;
}
