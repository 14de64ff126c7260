// Calls the counterpart finder from Node: two sentences and a word's offsets in, the offsets of the words that translate it out.
// Usage: node scripts/counterparts.mjs [nb sentence] [en sentence] [nb|en] [start] [end]
// Without arguments it runs an example and times linking a 30-word sentence pair.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

// Vite's runnerImport loads the TypeScript modules of src/core as they are, without a build step.
const load = async (path) => (await runnerImport(fileURLToPath(new URL(path, import.meta.url)))).module;
const { findCounterparts, linkSentencePair } = await load('../src/core/counterpart/link.ts');
const { emptyLexicon } = await load('../src/core/counterpart/emptyLexicon.ts');

// The bokmål lexicon loads here once it ships (src/core/lexicon); until then the finder runs on spelling, closed-class
// words, position and whatever evidence is given.
const lexicon = emptyLexicon;

const [nb = 'Dette sed-programmet ble bygget med SELinux-støtte.', en = 'This sed program was built with SELinux support.', from = 'nb'] =
  process.argv.slice(2);
const text = from === 'nb' ? nb : en;
const start = Number(process.argv[5] ?? text.indexOf(from === 'nb' ? 'SELinux-støtte' : 'support'));
const end = Number(process.argv[6] ?? start + (from === 'nb' ? 'SELinux-støtte'.length : 'support'.length));

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
  const runs = 500;
  const started = performance.now();
  for (let k = 0; k < runs; k++) linkSentencePair(long, lexicon);
  console.log(`linkSentencePair, ${long.nb.split(' ').length} + ${long.en.split(' ').length} words: ${((performance.now() - started) / runs).toFixed(2)} ms per pair`);
}
