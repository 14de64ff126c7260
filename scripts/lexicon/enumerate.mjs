// Enumerates every path of the bokmål analyser dumped by lt-print (AT&T text) as "form<TAB>lemma<tags>" lines.
import { readFileSync, createWriteStream } from 'node:fs';

const [attPath, outPath] = process.argv.slice(2);
if (!attPath || !outPath) throw new Error('usage: enumerate.mjs nob.att out.tsv');

// lt-print writes one transducer per section, separated by "--"; the dictionary is the largest one.
const sections = readFileSync(attPath, 'utf8').split(/^--\n/m);
const text = sections.reduce((a, b) => (b.length > a.length ? b : a));

const arcs = new Map(); // state -> [dst, in, out][]
const finals = new Set();
for (const line of text.split('\n')) {
  if (!line) continue;
  const cols = line.split('\t');
  if (cols.length <= 3) {
    finals.add(Number(cols[0]));
    continue;
  }
  const src = Number(cols[0]);
  const input = cols[2] === 'ε' ? '' : cols[2];
  const output = cols[3] === 'ε' ? '' : cols[3];
  let list = arcs.get(src);
  if (!list) arcs.set(src, (list = []));
  list.push([Number(cols[1]), input === ' ' ? ' ' : input, output]);
}

const out = createWriteStream(outPath);
let count = 0;
let buffer = [];
const onStack = new Set();
function walk(state, form, analysis) {
  if (finals.has(state)) {
    buffer.push(`${form}\t${analysis}`);
    count++;
    if (buffer.length >= 10000) {
      out.write(buffer.join('\n') + '\n');
      buffer = [];
    }
  }
  if (onStack.has(state)) return; // a loop: the analyser's paths are finite, so this only guards
  onStack.add(state);
  for (const [dst, input, output] of arcs.get(state) ?? []) walk(dst, form + input, analysis + output);
  onStack.delete(state);
}
walk(0, '', '');
out.write(buffer.join('\n') + '\n');
out.end();
console.error(`enumerate: ${count} form analyses`);
