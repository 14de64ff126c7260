// The page snapshot's format, shared by the writer (src/components/pageSnapshot.ts) and the inline painter (paintSnapshot.ts).
//
// A snapshot is the library's DOM as plain data: element names, a few allowlisted attributes and text. The
// painter rebuilds it with createElement and createTextNode, so text stays text: nothing is ever parsed as HTML.

export const SNAPSHOT_KEY = 'tolk:library-snapshot';
export const SNAPSHOT_VERSION = 1;

/** [tag, attributes, children]; a string child is a text node. */
export type SnapshotNode = [string, Record<string, string>, (SnapshotNode | string)[]];

export interface PageSnapshot {
  version: typeof SNAPSHOT_VERSION;
  /** The path the snapshot shows; the painter paints it only there. */
  path: string;
  /** <html> attributes: lang and data-theme, so the paint has the right language and colours. */
  html: Record<string, string>;
  root: SnapshotNode[];
}

/** Elements and attributes a snapshot may hold; anything else is left out when writing and refused when painting. */
export const SNAPSHOT_TAGS = ['a', 'div', 'span', 'p', 'h1', 'h2', 'header', 'nav', 'main', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'time', 'label', 'select', 'option', 'button', 'input', 'strong'];
export const SNAPSHOT_ATTRIBUTES = ['selected', 'class', 'lang', 'href', 'datetime', 'id', 'aria-label', 'role', 'type', 'placeholder', 'value', 'for', 'tabindex'];

/** The only values the painter writes onto <html>: the UI languages and the themes (src/core/lang.ts, src/db/types.ts). */
export const SNAPSHOT_HTML_VALUES: Record<string, readonly string[]> = { lang: ['nb', 'en'], 'data-theme': ['system', 'light', 'dark'] };
