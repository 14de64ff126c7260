// The stored search index: a derived cache of every article's text, rebuilt or brought up to date from the articles table.
export interface SearchIndexRow {
  key: string;
  /** The serialised MiniSearch index (MiniSearch's own JSON). */
  json: string;
  /** Article id → the summary hash the index holds for it; a differing or missing hash means re-index that article. */
  hashes: Record<string, string>;
  /** Bumped when the indexing rules change, so an index built by older code is rebuilt. */
  format: number;
}
