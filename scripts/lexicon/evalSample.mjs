// Makes eval/lexicon/pairs.tsv: English and bokmål sentences from the message catalogs of Debian packages (msgunfmt output).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const [outPath, ...poFiles] = process.argv.slice(2);
if (!outPath || poFiles.length === 0) throw new Error('usage: evalSample.mjs out.tsv apt.po dpkg.po …');

/** msgid/msgstr pairs of a .po file (msgunfmt writes each string on one line or as continued "…" lines). */
function pairs(text) {
  const found = [];
  for (const block of text.split(/\n\n+/)) {
    const read = (key) => {
      const match = new RegExp(`^${key} ((?:".*"\\n?)+)`, 'm').exec(block);
      return match ? match[1].split('\n').map((l) => l.trim().slice(1, -1)).join('') : '';
    };
    found.push([read('msgid'), read('msgstr')]);
  }
  return found;
}

// Keep running prose: drop format codes, options, paths, key names and menu accelerators; keep sentences of 5+ words.
const clean = (s) =>
  s
    .replace(/\\n|\\t/g, ' ')
    .replace(/\\"/g, '"')
    .replace(/%[-#0-9.*$]*[a-zA-Z]+/g, ' ')
    .replace(/(^|\s)(--?[\w-]+|\/[\w./-]+|\^\w|M-\w)(?=\s|$|[.,:;)])/g, ' ')
    .replace(/[_~&](?=\p{L})/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
const words = (s) => s.match(/\p{L}+/gu) ?? [];

const lines = ['# package\tenglish\tbokmål'];
for (const file of poFiles) {
  for (const [en, nb] of pairs(readFileSync(file, 'utf8'))) {
    const english = clean(en);
    const bokmal = clean(nb);
    if (!english || !bokmal || words(bokmal).length < 5 || words(english).length < 5) continue;
    if (/[<>{}]|\\/.test(bokmal)) continue;
    lines.push(`${basename(file, '.po')}\t${english}\t${bokmal}`);
  }
}
writeFileSync(outPath, lines.join('\n') + '\n');
console.error(`evalSample: ${lines.length - 1} sentence pairs`);
