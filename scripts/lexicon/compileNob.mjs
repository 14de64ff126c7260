// Compiles the enumerated bokmål analyses (form<TAB>lemma<tags>) into the paradigm-encoded text file the app loads.
import { readFileSync, writeFileSync } from 'node:fs';

const [tsvPath, outPath, sourceLabel] = process.argv.slice(2);
if (!tsvPath || !outPath || !sourceLabel) throw new Error('usage: compileNob.mjs nob.tsv out.txt "apertium-nno-nob 1.5.0-1"');

// Readings that only serve apertium's compound and genitive machinery; Tolk splits compounds itself and finds
// genitives by stripping the -s (see src/core/lexicon/nob.ts).
const dropTags = /<(cmp-split|compound-R|compound-only-L|cmp|gen|guio|cm|sent|apos|lquot|rquot|lpar|rpar|url|remspc)>/;

/** entry key (lemma + class [+ gender]) -> Set of "form\ttags" */
const entries = new Map();
for (const line of readFileSync(tsvPath, 'utf8').split('\n')) {
  const tab = line.indexOf('\t');
  if (tab < 0) continue;
  const form = line.slice(0, tab);
  const analysis = line.slice(tab + 1);
  if (dropTags.test(analysis) || analysis.includes('#') || /[–\s]/.test(analysis) || /[–\s]/.test(form)) continue;
  if (form.endsWith('-') || form.startsWith('-')) continue;
  const lt = analysis.indexOf('<');
  if (lt <= 0) continue;
  const lemma = analysis.slice(0, lt);
  let tags = analysis.slice(lt);
  // A verb's participles are its forms: kept in the verb's paradigm, so pågrepet is one reading of pågripe.
  let cls = tags.slice(1, tags.indexOf('>'));
  if (cls === 'adj' && (tags.startsWith('<adj><pp>') || tags.startsWith('<adj><pprs>'))) cls = 'vblex';
  const gender = cls === 'n' ? (/<(m|f|nt|mf|un)>/.exec(tags)?.[1] ?? '') : cls === 'np' ? tags : '';
  const key = `${lemma}\t${cls}\t${gender}`;
  let set = entries.get(key);
  if (!set) entries.set(key, (set = new Set()));
  set.add(`${form}\t${tags}`);
}

const tagIds = new Map();
const tagList = [];
const patternIds = new Map();
const patternList = [];
const lemmaLines = new Map(); // lemma -> pattern ids
const commonPrefix = (a, b) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};
for (const [key, set] of entries) {
  const lemma = key.slice(0, key.indexOf('\t'));
  const forms = [...set].map((s) => s.split('\t'));
  let stemLength = lemma.length;
  for (const [form] of forms) stemLength = Math.min(stemLength, commonPrefix(lemma, form));
  const items = forms
    .map(([form, tags]) => {
      let id = tagIds.get(tags);
      if (id === undefined) {
        id = tagList.length;
        tagIds.set(tags, id);
        tagList.push(tags);
      }
      return `${form.slice(stemLength)}:${id.toString(36)}`;
    })
    .sort();
  const pattern = `${lemma.slice(stemLength)}\t${items.join(',')}`;
  let pid = patternIds.get(pattern);
  if (pid === undefined) {
    pid = patternList.length;
    patternIds.set(pattern, pid);
    patternList.push(pattern);
  }
  let ids = lemmaLines.get(lemma);
  if (!ids) lemmaLines.set(lemma, (ids = []));
  ids.push(pid.toString(36));
}

const out = [
  `#tolk-lexicon nob v1\t${sourceLabel}\tGPL-2.0-or-later`,
  `#tags ${tagList.length}`,
  ...tagList,
  `#patterns ${patternList.length}`,
  ...patternList,
  `#lemmas ${lemmaLines.size}`,
  ...[...lemmaLines.keys()].sort().map((lemma) => `${lemma}\t${lemmaLines.get(lemma).join(',')}`),
];
writeFileSync(outPath, out.join('\n') + '\n');
console.error(`compileNob: ${tagList.length} tag sets, ${patternList.length} patterns, ${lemmaLines.size} lemmas`);
