// Shared by the gloss compilers: every bokmål lemma of nob.v1.txt with its class, and WordNet's word classes (wink-lexicon).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const wnWords = require('wink-lexicon/src/wn-words.js');
const wnSenses = require('wink-lexicon/src/wn-word-senses.js');
export const wordNetVersion = require('wink-lexicon/package.json').version;

// WordNet lexicographer files: 0, 1 and 44 adjectives, 2 adverbs, 3-28 nouns, 29-43 verbs.
const LEXFILE_CLASS = (id) => (id === 2 ? 'adv' : id <= 1 || id === 44 ? 'adj' : id <= 28 ? 'noun' : 'verb');

/** Whether WordNet has the English word in this class (installere -> install is a verb, so is "install"). */
export const isEnglish = (word, cls) =>
  /^[a-z]+$/.test(word) && (wnSenses[wnWords[word]] ?? []).some((id) => LEXFILE_CLASS(id) === cls);

/** [lemma, class] for every entry of nob.v1.txt (class: noun, verb, adj, adv, or undefined for the rest). */
export function readNobLemmas(nobPath) {
  const tags = [];
  const patterns = [];
  const lemmas = [];
  let section = '';
  for (const line of readFileSync(nobPath, 'utf8').split('\n')) {
    if (!line) continue;
    if (line.startsWith('#')) {
      section = line.slice(1).split(' ')[0];
      continue;
    }
    if (section === 'tags') tags.push(line);
    else if (section === 'patterns') patterns.push(line.split('\t')[1].split(',').map((i) => tags[parseInt(i.slice(i.lastIndexOf(':') + 1), 36)]));
    else if (section === 'lemmas') {
      const [lemma, ids] = line.split('\t');
      for (const id of ids.split(',')) {
        const formTags = patterns[parseInt(id, 36)];
        const cls = formTags.some((t) => t.startsWith('<vblex>')) ? 'verb' : formTags[0].slice(1, formTags[0].indexOf('>'));
        lemmas.push([lemma, { n: 'noun', adj: 'adj', verb: 'verb', adv: 'adv' }[cls]]);
      }
    }
  }
  return lemmas;
}
