// Compiles the WikDict English–Norwegian dictd files into "english<TAB>pos<TAB>sense;sense" lines (senses: comma lists).
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const [indexPath, dictPath, outPath, sourceLabel] = process.argv.slice(2);
if (!indexPath || !dictPath || !outPath || !sourceLabel) {
  throw new Error('usage: compileEngNor.mjs freedict-eng-nor.index freedict-eng-nor.dict.dz out.txt "label"');
}
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const decode64 = (s) => [...s].reduce((n, c) => n * 64 + alphabet.indexOf(c), 0);
const dict = gunzipSync(readFileSync(dictPath)); // dictzip is gzip-compatible

const lines = [];
for (const row of readFileSync(indexPath, 'utf8').split('\n')) {
  const [headword, offset, length] = row.split('\t');
  if (!headword || !offset || !length || headword.startsWith('00database')) continue;
  const text = dict.subarray(decode64(offset), decode64(offset) + decode64(length)).toString('utf8');
  // One index row may hold several entries (one per part of speech), each opening with "headword /ipa/ <pos>".
  const entryLines = text.split('\n');
  let pos = '';
  let senses = [];
  let expectTranslation = false;
  const flush = () => {
    const clean = senses.filter((s) => s.length > 0);
    if (pos && clean.length > 0) lines.push(`${headword}\t${pos}\t${clean.join(';')}`);
    senses = [];
  };
  for (const line of entryLines) {
    const header = /^(.*?)\s(?:\/.*\/\s)?<([^>]+)>\s*$/.exec(line);
    if (header && header[1].startsWith(headword.split(' ')[0])) {
      flush();
      pos = header[2];
      expectTranslation = true;
      continue;
    }
    if (!pos || line.trim() === '') continue;
    // Senses alternate: a line of translations ("1. reservere, bestille"), then an English definition.
    if (expectTranslation) {
      const translations = line
        .replace(/^\s*\d+\.\s*/, '')
        .replace(/\s*\d+\.\s*$/, '')
        .replace(/\([^)]*\)/g, '')
        .split(/\s*,\s*/)
        .map((t) => t.trim())
        .filter((t) => t.length > 0 && !t.includes(';') && !t.includes('\t'));
      senses.push(translations.join(','));
    }
    expectTranslation = !expectTranslation;
  }
  flush();
}
writeFileSync(outPath, [`#tolk-lexicon eng-nor v1\t${sourceLabel}\tCC-BY-SA-3.0`, ...lines].join('\n') + '\n');
console.error(`compileEngNor: ${lines.length} entries`);
