// English lookups: lemmas by WordNet's irregular forms plus suffix rules (as wink-lemmatizer does), glosses from WikDict.
import { dataLines } from './files.ts';
import type { Glosses } from './glosses.ts';
import type { Analysis, WordClass, WordLookup } from './types.ts';

type Pos = 'n' | 'v' | 'adj';
const POS_CLASS: Record<Pos, WordClass> = { n: 'noun', v: 'verb', adj: 'adj' };

/** Suffix rules in wink-lemmatizer's spirit: [ending, replacement, part of speech]; a candidate counts when known. */
const RULES: [string, string, Pos][] = [
  ['ies', 'y', 'n'],
  ['ses', 's', 'n'],
  ['xes', 'x', 'n'],
  ['zes', 'z', 'n'],
  ['ches', 'ch', 'n'],
  ['shes', 'sh', 'n'],
  ['men', 'man', 'n'],
  ['s', '', 'n'],
  ['ies', 'y', 'v'],
  ['es', 'e', 'v'],
  ['es', '', 'v'],
  ['s', '', 'v'],
  ['ied', 'y', 'v'],
  ['ed', 'e', 'v'],
  ['ed', '', 'v'],
  ['ing', 'e', 'v'],
  ['ing', '', 'v'],
  ['ier', 'y', 'adj'],
  ['iest', 'y', 'adj'],
  ['er', 'e', 'adj'],
  ['est', 'e', 'adj'],
  ['er', '', 'adj'],
  ['est', '', 'adj'],
];
const DOUBLED = /([bdfgklmnprtvz])\1$/;
const NUMBER = /^[+-]?\d/;
const CAPITALISED = /^\p{Lu}/u;

export interface English {
  lookup(word: string): WordLookup;
  /** The base form and its regular and irregular inflections. */
  forms(lemma: string): string[];
}

/** From eng.vN.txt: irregular forms (form TAB lemma TAB pos) and WordNet lemmas (word TAB TAB pos,pos). */
export function createEnglish(lemmaText: string, glosses: Glosses): English {
  const irregular = new Map<string, { lemma: string; pos: Pos }[]>();
  const irregularOf = new Map<string, string[]>();
  /** WordNet lemmas WikDict lacks, with their parts of speech ("n,v"): known words without a gloss. */
  const lemmaParts = new Map<string, string>();
  for (const line of dataLines(lemmaText)) {
    const [form = '', lemma = '', pos = 'n'] = line.split('\t');
    if (!lemma) {
      lemmaParts.set(form, pos);
      continue;
    }
    let list = irregular.get(form);
    if (!list) irregular.set(form, (list = []));
    list.push({ lemma, pos: pos as Pos });
    let forms = irregularOf.get(lemma);
    if (!forms) irregularOf.set(lemma, (forms = []));
    forms.push(form);
  }

  /** Candidate lemmas with their part of speech, the word itself first. */
  function candidates(lower: string): { lemma: string; pos?: Pos }[] {
    const found: { lemma: string; pos?: Pos }[] = [{ lemma: lower }];
    found.push(...(irregular.get(lower) ?? []));
    for (const [ending, replacement, pos] of RULES) {
      if (!lower.endsWith(ending) || lower.length <= ending.length + 1) continue;
      const stem = lower.slice(0, lower.length - ending.length);
      found.push({ lemma: stem + replacement, pos });
      // running -> run, stopped -> stop, bigger -> big
      if (replacement === '' && DOUBLED.test(stem)) found.push({ lemma: stem.slice(0, -1), pos });
    }
    return found;
  }

  function unglossedAnalyses(lower: string): Analysis[] {
    const found: Analysis[] = [];
    const seen = new Set<string>();
    for (const { lemma, pos } of candidates(lower)) {
      for (const part of lemmaParts.get(lemma)?.split(',') ?? []) {
        if (pos && part !== pos) continue;
        const wordClass = POS_CLASS[part as Pos];
        const key = `${lemma}\t${wordClass}`;
        if (!wordClass || seen.has(key)) continue;
        seen.add(key);
        found.push({ lemma, wordClass, mainForms: [], glosses: [] });
      }
    }
    return found;
  }

  function lookup(word: string): WordLookup {
    if (NUMBER.test(word)) return { word, lang: 'en', kind: 'number', analyses: [] };
    const lower = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    const analyses: Analysis[] = [];
    const seen = new Set<string>();
    for (const { lemma, pos } of candidates(lower)) {
      for (const entry of glosses.englishEntries(lemma)) {
        if (pos && entry.wordClass !== POS_CLASS[pos]) continue;
        const key = `${lemma}\t${entry.wordClass}`;
        if (seen.has(key)) continue;
        seen.add(key);
        analyses.push({ lemma, wordClass: entry.wordClass, mainForms: [], glosses: entry.translations });
      }
    }
    // A capitalised word WikDict lacks stays a name (Baker, Hope), even where WordNet knows a common noun.
    const kind = analyses.length === 0 && CAPITALISED.test(word) ? 'name' : 'word';
    // WordNet's readings WikDict lacks come after the glossed ones, without glosses: contradicts -> contradict (verb).
    for (const analysis of unglossedAnalyses(lower)) {
      const key = `${analysis.lemma}\t${analysis.wordClass}`;
      if (seen.has(key)) continue;
      seen.add(key);
      analyses.push(analysis);
    }
    return { word, lang: 'en', kind, analyses };
  }

  function forms(lemma: string): string[] {
    const base = lemma.toLowerCase();
    const found = new Set([base, ...(irregularOf.get(base) ?? [])]);
    if (base.includes(' ')) return [...found];
    const sibilant = /(s|x|z|ch|sh)$/.test(base);
    const consonantY = /[^aeiou]y$/.test(base);
    found.add(consonantY ? `${base.slice(0, -1)}ies` : sibilant ? `${base}es` : `${base}s`);
    found.add(consonantY ? `${base.slice(0, -1)}ied` : base.endsWith('e') ? `${base}d` : `${base}ed`);
    found.add(base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${base}ing`);
    return [...found];
  }

  return { lookup, forms };
}
