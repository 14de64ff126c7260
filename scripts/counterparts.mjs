// Calls the counterpart finder from Node: two sentences and a word's offsets in, the offsets of the words that translate it out.
// Usage: node scripts/counterparts.mjs [nb sentence] [en sentence] [nb|en] [start] [end]
// Without arguments it runs an example, then times loading the lexicon and linking a 30-word sentence pair.
// Offsets are UTF-16 code units, as String.prototype.slice counts them.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

// Vite's runnerImport loads the TypeScript modules of src/core as they are, without a build step.
const load = async (path) => (await runnerImport(fileURLToPath(new URL(path, import.meta.url)))).module;
const { findCounterparts, linkSentencePair } = await load('../src/core/counterpart/link.ts');
const { createLexicon } = await load('../src/core/lexicon/createLexicon.ts');
const { LEXICON_FILE_NAMES } = await load('../src/core/lexicon/files.ts');

// The same data files the app fetches, read from public/lexicon.
const dataFile = (name) => readFileSync(new URL(`../public/lexicon/${name}`, import.meta.url), 'utf8');
let started = performance.now();
const lexicon = createLexicon({ nob: dataFile(LEXICON_FILE_NAMES.nob), engNor: dataFile(LEXICON_FILE_NAMES.engNor), eng: dataFile(LEXICON_FILE_NAMES.eng) });
const loadMs = performance.now() - started;

const [nb = 'Rapporten strider mot det regjeringen sier.', en = 'The report contradicts what the government says.', from = 'nb'] =
  process.argv.slice(2);
const text = from === 'nb' ? nb : en;
const start = Number(process.argv[5] ?? text.indexOf('strider'));
const end = Number(process.argv[6] ?? start + 'strider'.length);

const pair = { nb, en };
const other = from === 'nb' ? en : nb;
const spans = findCounterparts(pair, from, { start, end }, lexicon);
console.log(`${from} "${text.slice(start, end)}" [${start}, ${end}) → ${JSON.stringify(spans)} = ${JSON.stringify(spans.map((span) => other.slice(span.start, span.end)))}`);

if (process.argv.length <= 2) {
  // Timing for the budget (one pair ≤ 5 ms): a 30-word pair, linked many times after a warm-up.
  const long = {
    nb: 'Regjeringen sier at den nye loven om digitale tjenester skal gjelde fra første januar, men flere eksperter mener at kommunene ikke har fått nok tid til å forberede seg på endringene.',
    en: 'The government says that the new law on digital services will apply from the first of January, but several experts think that the municipalities have not had enough time to prepare for the changes.',
  };
  for (let k = 0; k < 50; k++) linkSentencePair(long, lexicon);
  console.log(`lexicon loaded in ${loadMs.toFixed(0)} ms`);
  const runs = 500;
  started = performance.now();
  for (let k = 0; k < runs; k++) linkSentencePair(long, lexicon);
  const perPair = ((performance.now() - started) / runs).toFixed(2);
  // Vite's module runner routes every call between modules through accessors; bundled code (as the app ships it) runs faster.
  console.log(`linkSentencePair, ${long.nb.split(' ').length} + ${long.en.split(' ').length} words: ${perPair} ms per pair (through the module runner)`);
}
