// Times the import's preparation (clean, split, align) on the first 220 KB and 440 KB a side of the evaluation set's clean book, in Node.
// Usage: node scripts/eval/time-align.mjs [runs]   (the same core code the import worker runs; the bench measures it in Chromium)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { runnerImport } from 'vite';

const load = async (path) => (await runnerImport(fileURLToPath(new URL(path, import.meta.url)))).module;
const { prepareImport } = await load('../../src/core/import/prepareImport.ts');
const pairs = JSON.parse(gunzipSync(readFileSync(new URL('../../eval/align/clean-book.json.gz', import.meta.url))).toString('utf8'));
const runs = Number(process.argv[2] ?? 3);

for (const limit of [220_000, 440_000]) {
  let chars = 0;
  const book = pairs.filter((p) => (chars += p.nb.length + 2) <= limit);
  const side = (lang) => ({ raw: book.map((p) => p[lang]).join('\n\n'), format: 'txt' });
  const samples = [];
  let links = 0;
  for (let run = 0; run < runs; run++) {
    const sides = { nb: side('nb'), en: side('en') };
    // CPU time, not wall time: on a shared machine the wall clock mostly measures the other processes.
    const started = process.cpuUsage();
    const result = prepareImport(sides);
    const used = process.cpuUsage(started);
    samples.push((used.user + used.system) / 1000);
    if (result.ok) links = result.prepared.alignment.links.length;
  }
  samples.sort((a, b) => a - b);
  console.log(`${book.length} paragraphs (${Math.round(limit / 1000)} KB): CPU median ${Math.round(samples[samples.length >> 1])} ms, min ${Math.round(samples[0])} ms, ${links} links`);
}
