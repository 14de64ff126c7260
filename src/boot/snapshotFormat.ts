// The page snapshot's format, shared by the writers (src/components/pageSnapshot.ts, readerSnapshot.ts) and the inline painter (paintSnapshot.ts).
//
// A snapshot is a page's DOM as plain data: element names, a few allowlisted attributes and text. The
// painter rebuilds it with createElement and createTextNode, so text stays text: nothing is ever parsed as HTML.

/** The library's snapshot, and the reader's (the first screen of the article last opened): one each. */
export const SNAPSHOT_KEY = 'tolk:library-snapshot';
export const READER_SNAPSHOT_KEY = 'tolk:reader-snapshot';
/** Paths whose snapshot is the reader's. */
export const READER_PATH_PREFIX = '/read/';
/** 2: the styles of a lazy chunk travel with the snapshot as text (version 1 named the files, which the painter then waited for). */
export const SNAPSHOT_VERSION = 2;

/**
 * The element a build's page holds its first-visit copies' data in (JSON in a data block, never run): the page's
 * first screen as the app itself drew it at build time, one per UI language (build/prerenderPlugin.ts). Each copy's
 * elements are in the page's <template id="tolk-first-visit-nb"> (or -en), as HTML, which the browser's parser builds
 * as it reads the page. The painter paints a copy when the browser has no snapshot of its own for the path, so a
 * first visit shows the text before any script.
 */
export const FIRST_VISIT_ID = 'tolk-first-visit';

/** The page's snapshot in each UI language the build drew (what build/firstVisitPage.ts writes a page's copies from). */
export type FirstVisitSnapshots = Partial<Record<'nb' | 'en', PageSnapshot>>;

/** A first-visit block's content: each language's snapshot but its elements (those are in its <template>), and the styles all share. */
export interface FirstVisitBlock {
  copies: Partial<Record<'nb' | 'en', Omit<PageSnapshot, 'root' | 'styles'>>>;
  styles: Record<string, string>;
  /**
   * Rules that give the copies' elements their custom properties: the HTML carries each in an attribute
   * (`--row: 6` as `data-var-row="6"`), for a page's policy forbids style attributes.
   */
  properties: string;
}

/** [tag, attributes, children]; a string child is a text node. */
export type SnapshotNode = [string, Record<string, string>, (SnapshotNode | string)[]];

export interface PageSnapshot {
  version: typeof SNAPSHOT_VERSION;
  /** The path the snapshot shows; the painter paints it only there. */
  path: string;
  /** <html> attributes: lang and data-theme, so the paint has the right language and colours. */
  html: Record<string, string>;
  root: SnapshotNode[];
  /**
   * The page's stylesheets by path (same-site, ending in .css) with their rules as text. The painter applies those
   * index.html does not link (the reader's come with its lazy chunk) as constructed sheets, so the copy never waits
   * for a file. CSS cannot run script, and what it may load is held to this site by the page's policy.
   */
  styles?: Record<string, string>;
}

/** Elements and attributes a snapshot may hold; anything else is left out when writing and refused when painting. */
export const SNAPSHOT_TAGS = ['a', 'div', 'span', 'p', 'h1', 'h2', 'h3', 'header', 'nav', 'main', 'section', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'time', 'label', 'select', 'option', 'button', 'input', 'output', 'strong'];
export const SNAPSHOT_ATTRIBUTES = ['selected', 'class', 'lang', 'href', 'datetime', 'id', 'aria-label', 'role', 'type', 'placeholder', 'value', 'for', 'tabindex', 'data-pane', 'aria-hidden'];
/**
 * CSS custom properties the reader's grid places its rows with (and its font scale), stored among the attributes
 * under their own names. The painter sets them through the CSSOM (the policy forbids style attributes), numbers only.
 */
export const SNAPSHOT_STYLE_PROPERTIES = ['--row', '--span', '--stacked-row', '--stacked-span', '--rows', '--reader-scale'];

/** The only values the painter writes onto <html>: the UI languages and the themes (src/core/lang.ts, src/db/types.ts). */
export const SNAPSHOT_HTML_VALUES: Record<string, readonly string[]> = { lang: ['nb', 'en'], 'data-theme': ['system', 'light', 'dark'] };
