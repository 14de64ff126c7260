// Rebuilds the source text of eval/counterpart from Debian's gettext catalogues (English msgid, bokmål msgstr):
// prints the numbered candidate sentences the annotations pick from, and writes eval/counterpart/evidence.jsonl
// (every other message line pair, the stand-in for a learner's stored sentence pairs).
// Needs a Debian machine: apt-get (download only) and msgunfmt (package gettext). Usage: node scripts/counterpart-eval-source.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGES = ['apt', 'coreutils', 'dpkg', 'findutils', 'grep', 'sed', 'tar', 'wget'];
const work = mkdtempSync(join(tmpdir(), 'counterpart-'));
const run = (command, args) => execFileSync(command, args, { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });

for (const name of PACKAGES) run('apt-get', ['download', name]);
for (const deb of readdirSync(work).filter((file) => file.endsWith('.deb'))) {
  run('dpkg', ['-x', deb, 'x']);
}

// A .po file's entries: msgid and msgstr with their continued lines joined, C escapes undone.
function entries(po) {
  const found = [];
  let current;
  let field;
  for (const line of po.split('\n')) {
    const start = /^(msgid|msgstr|msgid_plural|msgstr\[0\]|msgctxt) "(.*)"$/u.exec(line);
    if (start) {
      if ((start[1] === 'msgid' || start[1] === 'msgctxt') && current?.msgstr !== undefined) {
        found.push(current);
        current = undefined;
      }
      current ??= {};
      field = start[1];
      current[field] = (current[field] ?? '') + start[2];
    } else if (current && /^"(.*)"$/u.test(line)) current[field] += line.slice(1, -1);
  }
  if (current) found.push(current);
  return found.map((entry) => ({ ...entry, msgid: unescape(entry.msgid ?? ''), msgstr: unescape(entry.msgstr || entry['msgstr[0]'] || '') }));
}
const unescape = (text) => text.replace(/\\(.)/gu, (_, char) => ({ n: '\n', t: '\t', v: '\v', '"': '"', '\\': '\\' })[char] ?? `\\${char}`);

const localeDir = join(work, 'x/usr/share/locale/nb/LC_MESSAGES');
const catalogues = readdirSync(localeDir)
  .filter((file) => file.endsWith('.mo') && file !== 'wget-gnulib.mo')
  .sort()
  .map((file) => ({ name: file.slice(0, -3), entries: entries(run('msgunfmt', [join(localeDir, file)])) }));

// Candidates: one-line, placeholder-free full sentences of 6–30 English words, numbered in catalogue order.
let number = 0;
for (const { name, entries: list } of catalogues) {
  for (const entry of list) {
    const en = entry.msgid.trim();
    const nb = entry.msgstr.trim();
    if (!en || !nb || entry.msgid_plural !== undefined || /\n/u.test(en + nb) || /%/u.test(entry.msgid + entry.msgstr) || en.includes('\t')) continue;
    if (!/[.!?]$/u.test(en) || en.includes('--') || en.includes('`')) continue;
    const words = en.split(/\s+/u).length;
    if (words < 6 || words > 30) continue;
    console.log(`${number++} ${name} | ${en} | ${nb}`);
  }
}

// Evidence: message lines paired one to one (help texts hold many lines), without the annotated sentences.
const annotated = new Set(
  readFileSync(new URL('../eval/counterpart/annotations.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('en: '))
    .map((line) => line.slice(4).trim()),
);
const seen = new Set();
const evidence = [];
for (const { entries: list } of catalogues) {
  for (const entry of list) {
    if (!entry.msgid || !entry.msgstr) continue;
    const enLines = entry.msgid.split('\n').map((line) => line.trim()).filter(Boolean);
    const nbLines = entry.msgstr.split('\n').map((line) => line.trim()).filter(Boolean);
    if (enLines.length !== nbLines.length) continue;
    enLines.forEach((en, k) => {
      const nb = nbLines[k];
      if (annotated.has(en) || en.split(/\s+/u).length < 2 || seen.has(`${en}\n${nb}`)) return;
      seen.add(`${en}\n${nb}`);
      evidence.push(JSON.stringify({ nb, en }));
    });
  }
}
writeFileSync(new URL('../eval/counterpart/evidence.jsonl', import.meta.url), `${evidence.join('\n')}\n`);
console.error(`${evidence.length} stored pairs written to eval/counterpart/evidence.jsonl`);
