// Makes the app's date formatters once, off the main thread, then says so: the browser's date data it loads on the way is shared with the page.
const LOCALES = ['nb', 'en-GB'];

for (const locale of LOCALES) {
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
  new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(0);
}
postMessage('warm');
