// How big a CSV or JSON glossary file Tolk imports: beyond these it refuses with a message instead of freezing the page.

/**
 * A learner's glossary of a few thousand terms is large (Anki's shared Norwegian decks run to 2,000–5,000 cards), so
 * 10,000 records per file leaves room, while a 50,000-row dump is refused before it is checked term by term.
 */
export const MAX_IMPORT_RECORDS = 10_000;

/** 10,000 terms with notes and sentences fit in well under 5 MB; a larger file is refused before it is read as text. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
