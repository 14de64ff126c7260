// How much text one side of an imported pair may hold.

/**
 * The longest news articles run to about 100,000 characters, so ten times that leaves room for a long report
 * with its page chrome, while a 5 MB paste (a whole site, a log file) is refused before any parsing work starts.
 */
export const MAX_SIDE_CHARS = 1_000_000;
