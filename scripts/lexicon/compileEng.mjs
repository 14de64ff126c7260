// Writes the English lemma data: WordNet's irregular forms (went -> go) and every single-word WordNet lemma with its
// parts of speech, so an English word lemmatises by rule even where WikDict has no gloss (contradicts -> contradict).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [engNorPath, outPath] = process.argv.slice(2);
if (!engNorPath || !outPath) throw new Error('usage: compileEng.mjs eng-nor.v1.txt out.txt');
const require = createRequire(import.meta.url);
const version = require('wink-lexicon/package.json').version;
const wnWords = require('wink-lexicon/src/wn-words.js');
const wnSenses = require('wink-lexicon/src/wn-word-senses.js');
// WordNet lexicographer files: 0, 1 and 44 adjectives, 2 adverbs, 3-28 nouns, 29-43 verbs.
const LEXFILE_POS = (id) => (id === 2 ? undefined : id <= 1 || id === 44 ? 'adj' : id <= 28 ? 'n' : 'v');
// WikDict's headwords with the parts of speech it glosses them in (n, v, adj, …).
const headwords = new Map();
for (const line of readFileSync(engNorPath, 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [english, pos] = line.split('\t');
  const key = english.toLowerCase();
  headwords.set(key, [...(headwords.get(key) ?? []), pos]);
}
/** WordNet's single-word lemmas by part of speech (nouns, verbs, adjectives: those the suffix rules inflect). */
const wordnet = new Map();
for (const [word, index] of Object.entries(wnWords)) {
  if (!/^[a-z]+$/.test(word)) continue;
  const parts = new Set((wnSenses[index] ?? []).map(LEXFILE_POS).filter(Boolean));
  if (parts.size > 0) wordnet.set(word, [...parts].sort());
}
const lists = [
  ['n', require('wink-lexicon/src/wn-noun-exceptions.js')],
  ['v', require('wink-lexicon/src/wn-verb-exceptions.js')],
  ['adj', require('wink-lexicon/src/wn-adjective-exceptions.js')],
];
const lines = [];
for (const [pos, exceptions] of lists) {
  for (const [form, lemma] of Object.entries(exceptions)) {
    if (typeof lemma !== 'string' || form === lemma || !/^[a-z]+$/.test(form)) continue;
    if (headwords.has(lemma) || wordnet.get(lemma)?.includes(pos)) lines.push(`${form}\t${lemma}\t${pos}`);
  }
}
// A lemma line has an empty lemma field: the word is itself a lemma of these parts of speech. Parts of speech
// WikDict already glosses are left out (its entries name them).
for (const [word, parts] of wordnet) {
  const missing = parts.filter((pos) => !headwords.get(word)?.includes(pos));
  if (missing.length > 0) lines.push(`${word}\t\t${missing.join(',')}`);
}
lines.sort();
writeFileSync(
  outPath,
  [`#tolk-lexicon eng v2\twink-lexicon ${version} (WordNet 3.0 words and exception lists)\tMIT; WordNet 3.0 licence`, ...lines].join('\n') + '\n',
);
console.error(`compileEng: ${lines.length} lines`);
