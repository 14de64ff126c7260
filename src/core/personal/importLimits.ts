// How big a CSV or JSON glossary file Tolk imports: beyond these it refuses with a message instead of freezing the page.

/**
 * A learner's glossary of a few thousand terms is large (Anki's shared Norwegian decks run to 2,000–5,000 cards), so
 * 10,000 records per file leaves room, while a 50,000-row dump is refused before it is checked term by term.
 */
export const MAX_IMPORT_RECORDS = 10_000;

/** 10,000 terms with notes and sentences fit in well under 5 MB; a larger file is refused before it is read as text. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * The most terms a glossary holds: an import that would take it beyond this is refused whole (nothing is added).
 * Ten times a large learner's glossary, and the size My glossary is measured at (its list and search stay within
 * their budgets there); beyond it, every live read of the store and each duplicate check grows with it.
 */
export const MAX_GLOSSARY_TERMS = 50_000;

/** How many terms the glossary would hold after adding `adding` to `stored`, when that is beyond the limit; else undefined. */
export function overGlossaryLimit(stored: number, adding: number, max = MAX_GLOSSARY_TERMS): number | undefined {
  const total = stored + adding;
  return adding > 0 && total > max ? total : undefined;
}
