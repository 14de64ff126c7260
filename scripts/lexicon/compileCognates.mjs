// Writes bokmål -> English glosses for lemmas WikDict lacks: hand-written function words, and cognates by spelling rules, each checked against the
// WordNet word list in wink-lexicon (installere -> install, installasjon -> installation, symbolsk -> symbolic).
import { readFileSync, writeFileSync } from 'node:fs';
import { isEnglish, readNobLemmas, wordNetVersion as version } from './nobLemmas.mjs';

const [nobPath, engNorPath, outPath] = process.argv.slice(2);
if (!nobPath || !engNorPath || !outPath) throw new Error('usage: compileCognates.mjs nob.v1.txt eng-nor.v1.txt out.txt');

// Look-alikes that mean something else, so a spelling rule must not gloss them.
const FALSE_FRIENDS = new Set(
  'eventuell aktuell sympatisk fabrikk genial konsekvent novelle roman stand spare lager billion gift fart kind mist rent prise grind angel hell also rolle slave kontrollere formell spiller verdi polakk emploi kiker statuere finer'.split(
    ' ',
  ),
);

const lemmas = readNobLemmas(nobPath);
const glossed = new Set();
for (const line of readFileSync(engNorPath, 'utf8').split('\n')) {
  const senses = line.split('\t')[2];
  if (senses) for (const t of senses.split(/[;,]/)) glossed.add(t.trim().toLowerCase());
}

/** [bokmål ending, English endings] per class; the first English word found wins. */
const RULES = {
  noun: [['sjon', ['tion']], ['itet', ['ity']], ['anse', ['ance', 'ence']], ['ense', ['ence']], ['ur', ['ure']], ['ør', ['or']], ['isme', ['ism']], ['ikk', ['ic', 'ics']], ['i', ['y']], ['e', ['e', '']], ['', ['']]],
  verb: [['isere', ['ize', 'ise']], ['ere', ['', 'e', 'ate']]],
  adj: [['isk', ['ic', 'ical']], ['olsk', ['olic']], ['amsk', ['amic']], ['ell', ['al']], ['iv', ['ive']], ['ær', ['ar']], ['øs', ['ous']], ['il', ['ile']], ['', ['']]],
  adv: [],
};
const spellings = (w) => [...new Set([w, w.replace(/k/g, 'c'), w.replace(/kk/g, 'ck'), w.replace(/ll$/, 'l'), w.replace(/k/g, 'c').replace(/ll$/, 'l')])];

const lines = [];
for (const [lemma, cls] of lemmas) {
  if (!cls || !/^[a-zæøå]{4,}$/.test(lemma) || glossed.has(lemma) || FALSE_FRIENDS.has(lemma)) continue;
  for (const [ending, englishEndings] of RULES[cls]) {
    if (!lemma.endsWith(ending)) continue;
    const stem = lemma.slice(0, lemma.length - ending.length);
    // Short identical spellings are where false friends live; -ing nouns get their gloss through their verb.
    if (ending === '' && (lemma.length < 5 || lemma.endsWith('ing'))) continue;
    const found = englishEndings.flatMap((e) => spellings(stem + e)).find((w) => w.length >= 4 && isEnglish(w, cls));
    if (found) {
      lines.push(`${lemma}\t${cls}\t${found}`);
      break;
    }
  }
}
// Tolk's own glosses for common function words (scripts/lexicon/functionWords.tsv), which WikDict barely covers.
const handWritten = readFileSync(new URL('functionWords.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));
const unique = [...new Set([...handWritten, ...lines])].sort();
writeFileSync(outPath, [`#tolk-lexicon nob-eng v2\tTolk's function-word glosses and cognates checked against WordNet 3.0 words (wink-lexicon ${version})\tMIT`, ...unique].join('\n') + '\n');
console.error(`compileCognates: ${unique.length} glosses`);
