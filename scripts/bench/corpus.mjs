// Bench texts made from the shipped articles: a ~3,000-word pair to paste into the import form, and thousands of stored imported articles (deterministic, seeded PRNG).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The app's word count (src/core/text/words.ts): runs of letters, digits and marks, joined by ' ’ or -. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;
export const countWords = (text) => text.match(WORD)?.length ?? 0;

/** mulberry32: a small seeded PRNG, so every run stores the same library. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The import pair: the articles' Markdown as a learner would paste it (markers stripped, boxes' ::: lines dropped).

const IMPORT_ARTICLES = ['000-', '003-'];

/** A Markdown article body as plain text blocks (one string per block, lines kept). */
function plainBlocks(file) {
  const text = readFileSync(file, 'utf8');
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .filter((line) => !line.startsWith(':::'))
        .map((line) => line.replace(/^(?:###|##|>|-|!)\s?/, '').trim())
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((block) => block !== '');
}

/**
 * Block pairs of articles 000 and 003, cycled until both sides together average `targetWords` words: the two
 * articles concatenated, then again, blank lines between paragraphs. Returns both texts and their word counts.
 */
export function importPair(articlesDir, targetWords = 3000) {
  const folders = readdirSync(articlesDir).filter((name) => IMPORT_ARTICLES.some((prefix) => name.startsWith(prefix)));
  const pairs = [];
  for (const folder of folders.sort()) {
    const nb = plainBlocks(join(articlesDir, folder, 'nb.md'));
    const en = plainBlocks(join(articlesDir, folder, 'en.md'));
    if (nb.length !== en.length) throw new Error(`${folder}: ${nb.length} bokmål blocks, ${en.length} English`);
    nb.forEach((block, i) => pairs.push({ nb: block, en: en[i] }));
  }
  const out = { nb: [], en: [] };
  const words = { nb: 0, en: 0 };
  for (let i = 0; (words.nb + words.en) / 2 < targetWords; i++) {
    const pair = pairs[i % pairs.length];
    for (const lang of ['nb', 'en']) {
      out[lang].push(pair[lang]);
      words[lang] += countWords(pair[lang]);
    }
  }
  return { nb: out.nb.join('\n\n'), en: out.en.join('\n\n'), words, blocks: out.nb.length };
}

// ---------------------------------------------------------------------------------------------------------------
// The large library: imported articles as the app stores them (src/db/types.ts, src/core/import/pairs.ts).

const SYLLABLES = ['ber', 'dal', 'fjel', 'gran', 'hau', 'kvi', 'lund', 'mo', 'nord', 'ol', 'ram', 'sol', 'tor', 'ul', 'vang', 'aske', 'bre', 'ei', 'hol', 'ris', 'sand', 'strø', 'tveit', 'vik'];
const ENDINGS = ['sen', 'stad', 'heim', 'rud', 'berg', 'dahl', 'land', 'nes', 'mo', 'haug', 'bakken', 'voll'];
const FIRST_NAMES = ['Ingrid', 'Ola', 'Kari', 'Lars', 'Sigrid', 'Nils', 'Astrid', 'Jonas', 'Marit', 'Eirik', 'Solveig', 'Håkon', 'Tuva', 'Emil'];
const PLACES = ['Tromsø', 'Bodø', 'Ålesund', 'Hamar', 'Molde', 'Arendal', 'Narvik', 'Gjøvik', 'Steinkjer', 'Kirkenes', 'Lillehammer', 'Harstad'];
const SOURCES = ['NRK', 'Aftenposten', 'VG', 'Dagbladet', 'E24', 'Nettavisen', 'Bergens Tidende', 'Adresseavisen'];
/** A fixed "now", so addedAt is the same in every run. */
const ADDED_BASE = Date.UTC(2024, 3, 1);
const LAST_DATE = Date.UTC(2024, 2, 20);
const DAY = 86_400_000;

/** The shipped articles' paragraph pairs (segment s of block b pairs with the same in the other language), headings left out. */
export function paragraphPairs(shippedArticles) {
  const pairs = [];
  const titles = [];
  for (const { article } of shippedArticles) {
    const { nb, en } = article.versions;
    titles.push({ nb: nb.meta.title, en: en.meta.title });
    nb.blocks.forEach((block, b) => {
      const other = en.blocks[b];
      if (!other || other.segments.length !== block.segments.length) return;
      if (block.kind === 'heading' || block.kind === 'subheading' || block.kind === 'box-title') {
        titles.push({ nb: block.segments.join(' '), en: other.segments.join(' ') });
        return;
      }
      const words = block.segments.reduce((sum, s) => sum + countWords(s), 0);
      pairs.push({ nb: block.segments, en: other.segments, words });
    });
  }
  return { pairs, titles };
}

/**
 * `count` imported articles of about `words` words per language: randomly chosen paragraph pairs of the shipped
 * articles plus one paragraph of invented, article-specific tokens (a surname, a place, a number), each with a
 * unique title and date. Returns { summary, text, alignment } records in the store's shapes.
 */
export function libraryArticles(shippedArticles, { count, words = 300, seed = 20240326 }) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const { pairs, titles } = paragraphPairs(shippedArticles);
  const surnames = new Set();
  const newSurname = () => {
    for (;;) {
      const parts = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES));
      const name = parts.join('') + pick(ENDINGS);
      const cased = name[0].toUpperCase() + name.slice(1);
      if (!surnames.has(cased)) {
        surnames.add(cased);
        return cased;
      }
    }
  };
  const records = [];
  for (let i = 0; i < count; i++) {
    const surname = newSurname();
    const first = pick(FIRST_NAMES);
    const place = pick(PLACES);
    const number = 100 + Math.floor(random() * 99_900);
    const own = {
      nb: [`${first} ${surname} fra ${place} sier at ${number} mennesker har fulgt saken tett.`, `Ifølge ${surname} er det for tidlig å trekke konklusjoner.`],
      en: [`${first} ${surname} from ${place} says that ${number} people have followed the case closely.`, `According to ${surname}, it is too early to draw conclusions.`],
    };
    const chosen = [];
    const used = new Set();
    let total = countWords(own.nb.join(' '));
    while (total < words && used.size < pairs.length) {
      const k = Math.floor(random() * pairs.length);
      if (used.has(k)) continue;
      used.add(k);
      chosen.push(pairs[k]);
      total += pairs[k].words;
    }
    chosen.splice(Math.floor(random() * (chosen.length + 1)), 0, own);
    const base = pick(titles);
    const details = {
      titles: { nb: `${surname}: ${base.nb}`, en: `${surname}: ${base.en}` },
      source: pick(SOURCES),
      date: new Date(LAST_DATE - i * DAY).toISOString().slice(0, 10),
      original: 'nb',
    };
    const alignment = { sentences: { nb: chosen.flatMap((p) => p.nb), en: chosen.flatMap((p) => p.en) }, links: [] };
    for (const paragraph of chosen) paragraph.nb.forEach((_, s) => alignment.links.push(s === 0 ? { nb: 1, en: 1, block: 'paragraph' } : { nb: 1, en: 1 }));
    // Ids and hashes need only be unique here: the app never recomputes them for a stored article.
    const id = `bench-${i}-${surname.toLowerCase().replace(/[^a-z]+/g, '')}`;
    const version = (lang) => ({
      meta: { id, lang, title: details.titles[lang], source: details.source, date: details.date, original: details.original },
      blocks: chosen.map((paragraph) => ({ kind: 'paragraph', segments: [...paragraph[lang]] })),
      blockLines: chosen.map(() => 0),
      words: countWords(details.titles[lang]) + alignment.sentences[lang].reduce((sum, s) => sum + countWords(s), 0),
    });
    const versions = { nb: version('nb'), en: version('en') };
    const summary = {
      id,
      origin: 'imported',
      hash: `bench-${seed}-${i}`,
      titles: details.titles,
      source: details.source,
      date: details.date,
      original: details.original,
      words: { nb: versions.nb.words, en: versions.en.words },
      addedAt: ADDED_BASE - i * 60_000,
    };
    records.push({ summary, text: { id, versions }, alignment: { articleId: id, alignment, confidence: 0.9 } });
  }
  return records;
}

/** The evaluation set's clean whole document (eval/align/clean-book.json.gz, the Debian Administrator's Handbook) as paragraph pairs. */
export function cleanBook(root) {
  return JSON.parse(gunzipSync(readFileSync(join(root, 'eval/align/clean-book.json.gz'))).toString('utf8'));
}

/** The first paragraph pairs of the book up to `limit` characters a side (blank lines between paragraphs counted), joined as two texts. */
export function bookPrefix(pairs, limit) {
  let chars = 0;
  const book = pairs.filter((p) => (chars += p.nb.length + 2) <= limit);
  return { paragraphs: book.length, nb: book.map((p) => p.nb).join('\n\n'), en: book.map((p) => p.en).join('\n\n') };
}
