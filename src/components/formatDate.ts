// Dates as the UI's language writes them ("26. mars 2024", "26 March 2024"), one format for the library and the reader.

// Making a date formatter takes about a millisecond; one per language (and kind of date) serves every card.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A page's first date formatter costs 40–70 ms (the browser loads its date data, ICU's, into caches the whole renderer
 * shares, workers included): a worker of its own makes one as this module loads, so the library's and the reader's
 * first date on the main thread takes under a millisecond. Should the worker not be done by then, the page does it.
 */
function warmDateData() {
  if (typeof Worker === 'undefined') return;
  try {
    const worker = new Worker(new URL('./warmDates.worker.ts', import.meta.url), { type: 'module', name: 'tolk-dates' });
    worker.onmessage = worker.onerror = () => worker.terminate();
  } catch {
    // No worker (a browser that refuses it): the first date is made on the main thread, as before.
  }
}
warmDateData();

/**
 * `date` is a calendar day written YYYY-MM-DD (read in UTC, so no time zone moves it to the day before) or a moment
 * in ms since the epoch (shown as the learner's local day).
 */
export function formatDate(language: string, date: string | number): string {
  // Tolk's English is British: "26 March 2024", not "March 26, 2024".
  const locale = language === 'en' ? 'en-GB' : language;
  const day = typeof date === 'string';
  const key = `${language}|${day ? 'day' : 'moment'}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, day ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long' })));
  return format.format(day ? new Date(`${date}T00:00:00Z`) : new Date(date));
}
