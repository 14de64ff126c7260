// How much text one side of an imported pair may hold.

/**
 * The longest news articles run to about 100,000 characters, so ten times that leaves room for a long report
 * with its page chrome, while a 5 MB paste (a whole site, a log file) is refused before any parsing work starts.
 */
export const MAX_SIDE_CHARS = 1_000_000;

/**
 * The most paragraphs (blocks) one side may hold after cleaning. A long book runs to about 2,000 (the handbook
 * in eval/align: 1,800 in 470 KB) and aligns in about a second; ten thousand one-line paragraphs would take the
 * aligner tens of seconds, so a side beyond this is refused with a message rather than left running.
 */
export const MAX_SIDE_BLOCKS = 5_000;
