// Writes the English irregular forms (WordNet exception lists shipped in wink-lexicon) whose lemma the glossary knows.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [engNorPath, outPath] = process.argv.slice(2);
if (!engNorPath || !outPath) throw new Error('usage: compileEng.mjs eng-nor.v1.txt out.txt');
const require = createRequire(import.meta.url);
const version = require('wink-lexicon/package.json').version;
const headwords = new Set(
  readFileSync(engNorPath, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[0].toLowerCase()),
);
const lists = [
  ['n', require('wink-lexicon/src/wn-noun-exceptions.js')],
  ['v', require('wink-lexicon/src/wn-verb-exceptions.js')],
  ['adj', require('wink-lexicon/src/wn-adjective-exceptions.js')],
];
const lines = [];
for (const [pos, exceptions] of lists) {
  for (const [form, lemma] of Object.entries(exceptions)) {
    if (typeof lemma !== 'string' || form === lemma || !/^[a-z]+$/.test(form)) continue;
    if (headwords.has(lemma)) lines.push(`${form}\t${lemma}\t${pos}`);
  }
}
lines.sort();
writeFileSync(outPath, [`#tolk-lexicon eng v1\twink-lexicon ${version} (WordNet exception lists)\tMIT`, ...lines].join('\n') + '\n');
console.error(`compileEng: ${lines.length} irregular forms`);
