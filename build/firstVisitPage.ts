// The first-visit pages a build writes (build/prerenderPlugin.ts): which pages, which files, and how a page carries its copy.
import { FIRST_VISIT_ID, READER_PATH_PREFIX, type FirstVisitSnapshots } from '../src/boot/snapshotFormat.ts';

/** The pages drawn: the library and every shipped article. */
export function prerenderedPaths(articleIds: readonly string[]): string[] {
  return ['/', ...articleIds.map((id) => `${READER_PATH_PREFIX}${id}`)];
}

/** The file a page's HTML goes to: index.html for the library, read/<id>.html for an article (servers answer /read/<id> with it). */
export function pageFile(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

/**
 * The first-visit block: JSON in a data block, which is never run (so the page's script policy needs no hash for
 * it), with every "<" escaped so that no text in an article can end the element.
 */
export function firstVisitBlock(snapshots: FirstVisitSnapshots): string {
  return `<script type="application/json" id="${FIRST_VISIT_ID}">${JSON.stringify(snapshots).replace(/</g, '\\u003c')}</script>`;
}

/** The page with the block placed right before the inline painter, which reads it as it runs. */
export function withFirstVisit(html: string, block: string): string {
  const at = html.indexOf('<script>(() =>');
  if (at < 0) throw new Error('index.html has no inline painter to give a first-visit copy to');
  return `${html.slice(0, at)}${block}\n    ${html.slice(at)}`;
}
