// Dates as the UI's language writes them ("26. mars 2024", "26 March 2024"), one format for the library and the reader.

// Making a date formatter takes about a millisecond; one per language (and kind of date) serves every card.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

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
