// Looks words up from Node (node scripts/lexicon/lookup.mjs nb bøker strider …) and prints the load time and memory.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [lang = 'nb', ...words] = process.argv.slice(2);
// vite's runnerImport loads the TypeScript module as the app does, so Node needs no build step.
const { module: lexiconModule } = await runnerImport(`${root}src/core/lexicon/createLexicon.ts`, { configFile: false });
const { module: filesModule } = await runnerImport(`${root}src/core/lexicon/files.ts`, { configFile: false });
const names = filesModule.LEXICON_FILE_NAMES;
const read = (name) => readFileSync(`${root}public/lexicon/${name}`, 'utf8');
const files = { nob: read(names.nob), engNor: read(names.engNor), eng: read(names.eng), nobEng: read(names.nobEng), nobEngDan: read(names.nobEngDan) };

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const lexicon = lexiconModule.createLexicon(files);
const loadMs = performance.now() - started;
// CPU time is the fairer figure on a shared machine, where wall time also counts waiting for a core.
const cpuMs = process.cpuUsage(cpuBefore).user / 1000;
global.gc?.();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
console.error(`createLexicon: ${loadMs.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU, heap +${heapMb.toFixed(1)} MB (run with --expose-gc for a clean figure)`);
for (const word of words) console.log(JSON.stringify(lexicon.lookup(word, lang)));
