// Compiles bokmål -> English glosses through Danish: apertium-dan-nor's bokmål–Danish lemma pairs, then FreeDict's
// Danish–English (and English–Danish, reversed) dictionaries; only for lemmas WikDict does not gloss in that class.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { isEnglish, readNobLemmas } from './nobLemmas.mjs';

const [bidixPath, danEngIndex, danEngDict, engDanIndex, engDanDict, nobPath, engNorPath, outPath, sourceLabel] =
  process.argv.slice(2);
if (!sourceLabel) {
  throw new Error(
    'usage: compileDanish.mjs nor-dan.tsv dan-eng.index dan-eng.dict.dz eng-dan.index eng-dan.dict.dz nob.v1.txt eng-nor.v1.txt out.txt "label"',
  );
}

// Apertium's first tag -> Tolk's word class (types.ts): content words only (function words are Tolk's own list).
const APERTIUM_CLASSES = { n: 'noun', vblex: 'verb', vbmod: 'verb', adj: 'adj', adv: 'adv' };
// FreeDict's part-of-speech labels -> Tolk's word class; an unmarked entry fits a class WordNet agrees on.
const FREEDICT_CLASSES = { n: 'noun', v: 'verb', adj: 'adj', adv: 'adv' };
const MAX_GLOSSES = 4;

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const decode64 = (s) => [...s].reduce((n, c) => n * 64 + alphabet.indexOf(c), 0);

/** The dictd entries of a FreeDict file: headword, class ('' when unmarked) and translations, first sense first. */
function readDictd(indexPath, dictPath) {
  const dict = gunzipSync(readFileSync(dictPath));
  const entries = [];
  for (const row of readFileSync(indexPath, 'utf8').split('\n')) {
    const [headword, offset, length] = row.split('\t');
    if (!headword || !offset || !length || headword.startsWith('00database')) continue;
    const text = dict.subarray(decode64(offset), decode64(offset) + decode64(length)).toString('utf8');
    let current;
    for (const line of text.split('\n')) {
      const header = /^(\S.*?)(?:\s+\/[^/]*\/)?(?:\s+<([^>]+)>)?\s*$/.exec(line);
      if (header && !line.startsWith(' ') && header[1].toLowerCase() === headword.toLowerCase()) {
        current = { headword: header[1].toLowerCase(), wordClass: FREEDICT_CLASSES[header[2] ?? ''] ?? '', translations: [] };
        entries.push(current);
        continue;
      }
      if (!current) continue;
      const words = line
        .replace(/\[[^\]]*\]/g, '') // usage notes in the source language
        .replace(/\([^)]*\)/g, '')
        .replace(/^\s*\d+\.\s*/, '')
        .split(/\s*[,;]\s*/)
        .map((w) => w.trim())
        .filter((w) => /^[\p{L}][\p{L}' -]*$/u.test(w) && w.split(' ').length <= 3);
      current.translations.push(...words);
    }
  }
  return entries;
}

// Danish lemma -> class -> English words.
const danish = new Map();
const addDanish = (lemma, wordClass, english) => {
  let byClass = danish.get(lemma);
  if (!byClass) danish.set(lemma, (byClass = new Map()));
  const list = byClass.get(wordClass) ?? [];
  for (const word of english) if (!list.includes(word)) list.push(word);
  byClass.set(wordClass, list);
};
for (const entry of readDictd(danEngIndex, danEngDict)) addDanish(entry.headword, entry.wordClass, entry.translations);
for (const entry of readDictd(engDanIndex, engDanDict)) {
  for (const lemma of entry.translations) addDanish(lemma.toLowerCase(), entry.wordClass, [entry.headword]);
}
/**
 * Whether an English gloss fits the class: WordNet knows it in that class (a phrase by its head: a noun's last word,
 * a verb's first).
 */
function fits(english, wordClass) {
  const words = english.toLowerCase().split(' ');
  if (wordClass === 'noun') return isEnglish(words.at(-1), 'noun');
  if (wordClass === 'verb') return isEnglish(words[0], 'verb');
  return words.length === 1 && isEnglish(words[0], wordClass);
}
const englishOf = (danLemma, wordClass) => {
  const byClass = danish.get(danLemma);
  if (!byClass) return [];
  // An entry marked with the class is trusted; an unmarked one only where WordNet agrees on the class.
  return [...(byClass.get(wordClass) ?? []), ...(byClass.get('') ?? []).filter((english) => fits(english, wordClass))];
};

// Only lemmas bokmål has in that class: the bidix also holds nynorsk (tilgjengeleg) and the other class of a word.
const bokmal = new Set(readNobLemmas(nobPath).map(([lemma, cls]) => `${lemma}\t${cls}`));

// Bokmål lemmas WikDict already glosses, per class: those keep WikDict's glosses alone.
const WIKDICT_CLASSES = { n: 'noun', v: 'verb', adj: 'adj', adv: 'adv', preposition: 'prep', conjunction: 'conj' };
const glossed = new Set();
for (const line of readFileSync(engNorPath, 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [, pos = '', senses = ''] = line.split('\t');
  for (const nob of senses.split(/[;,]/)) glossed.add(`${nob.trim().toLowerCase()}\t${WIKDICT_CLASSES[pos] ?? pos}`);
}

// Bidix lines "bokmål<tags> TAB dansk<tags>": the first tag is the class; one pair per lemma and class.
const pivots = new Map(); // "lemma TAB class" -> Danish lemmas, in the bidix's order
for (const line of readFileSync(bidixPath, 'utf8').split('\n')) {
  const match = /^([^<\t]+)<([^>]+)>[^\t]*\t([^<\t]+)</.exec(line);
  if (!match) continue;
  const [, nob, tag, dan] = match;
  const wordClass = APERTIUM_CLASSES[tag];
  if (!wordClass || nob.includes(' ') || nob !== nob.toLowerCase()) continue;
  const key = `${nob}\t${wordClass}`;
  const list = pivots.get(key) ?? [];
  if (!list.includes(dan.toLowerCase())) list.push(dan.toLowerCase());
  pivots.set(key, list);
}

const lines = [];
for (const [key, danLemmas] of [...pivots].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (glossed.has(key) || !bokmal.has(key)) continue;
  const wordClass = key.split('\t')[1];
  const english = [...new Set(danLemmas.flatMap((dan) => englishOf(dan, wordClass)))].slice(0, MAX_GLOSSES);
  if (english.length > 0) lines.push(`${key}\t${english.join(',')}`);
}
writeFileSync(outPath, [`#tolk-lexicon nob-eng-dan v1\t${sourceLabel}\tGPL-3.0-or-later`, ...lines].join('\n') + '\n');
console.error(`compileDanish: ${lines.length} bokmål lemmas glossed through Danish`);
