// Reading the dates news pages print (2024-03-23, 23.03.2024, 23. mars 2024, March 23, 2024) as ISO YYYY-MM-DD.

/** Each month's Norwegian and English names and abbreviations, January first. */
const MONTH_NAMES = [
  ['januar', 'january', 'jan'],
  ['februar', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['april', 'apr'],
  ['mai', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['desember', 'december', 'des', 'dec'],
];
const MONTHS = new Map(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));

// Longest names first, so "mars" is not read as "mar" followed by a stray "s".
const MONTH = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const DATE = new RegExp(
  [
    String.raw`\b(?<isoY>\d{4})-(?<isoM>\d{1,2})-(?<isoD>\d{1,2})`,
    String.raw`\b(?<numD>\d{1,2})\.(?<numM>\d{1,2})\.(?<numY>\d{4})\b`,
    String.raw`\b(?<dmyD>\d{1,2})\.?\s+(?<dmyM>${MONTH})\.?,?\s+(?<dmyY>\d{4})\b`,
    String.raw`\b(?<mdyM>${MONTH})\.?\s+(?<mdyD>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<mdyY>\d{4})\b`,
  ].join('|'),
  'giu',
);
const TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?/giu;
/** Words that may stand beside a date on a dateline without making it a sentence. */
const DATELINE_WORDS = new Set(
  'publisert oppdatert sist endret published updated last posted kl klokken at on the den am pm cet cest utc gmt'
    .concat(' mandag tirsdag onsdag torsdag fredag lørdag søndag monday tuesday wednesday thursday friday saturday sunday')
    .split(' '),
);
const UPDATED_LABEL = /^\s*(?:sist\s+)?(?:oppdatert|endret|updated|last\s+updated)\b/iu;

/** YYYY-MM-DD when the parts name a real day, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The day of an ISO timestamp such as `2024-03-23T12:00:00+01:00` (a `<time datetime>` or `article:published_time`). */
export function isoDateOf(value: string): string | undefined {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/**
 * The date of a line that is nothing but a dateline ("Publisert 23. mars 2024 kl. 12.00", "23.03.2024 12:00"),
 * else undefined: a sentence that mentions a date is text, not a dateline. `updated` says the line dates a revision.
 */
export function parseDateLine(line: string): { date: string; updated: boolean } | undefined {
  let first: string | undefined;
  let found = false;
  const rest = line.replace(DATE, (...args: unknown[]) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    found = true;
    first ??= dateOfGroups(groups);
    return ' ';
  });
  if (!found || first === undefined) return undefined;
  const words = rest
    .replace(TIME, ' ')
    .toLowerCase()
    .split(/[\s,.|·•:;()–—-]+/u)
    .filter((word) => word !== '');
  if (!words.every((word) => DATELINE_WORDS.has(word))) return undefined;
  return { date: first, updated: UPDATED_LABEL.test(line) };
}

function dateOfGroups(g: Record<string, string | undefined>): string | undefined {
  const month = (name: string | undefined) => MONTHS.get((name ?? '').toLowerCase()) ?? 0;
  if (g.isoY) return isoDate(Number(g.isoY), Number(g.isoM), Number(g.isoD));
  if (g.numY) return isoDate(Number(g.numY), Number(g.numM), Number(g.numD));
  if (g.dmyY) return isoDate(Number(g.dmyY), month(g.dmyM), Number(g.dmyD));
  if (g.mdyY) return isoDate(Number(g.mdyY), month(g.mdyM), Number(g.mdyD));
  return undefined;
}
