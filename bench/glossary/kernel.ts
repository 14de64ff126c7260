// Benchmark kernel for the glossary matcher: 10,000 bokmål words against 10,000 entries, and the one-RegExp-per-entry baseline.
//
// Pure TypeScript without DOM or Node APIs: a browser page and a Node script both call
// runGlossaryBench with their own clock and stemmers. Everything is generated from a fixed seed,
// so every run sees the same text and glossary.
import { buildGlossaryIndex, findGlossaryMatches } from '../../src/core/glossary/matcher';
import type { GlossaryIndex, Stemmers } from '../../src/core/glossary/matcher';
import type { MatchableTerm } from '../../src/core/glossary/types';

export interface GlossaryBenchResult {
  words: number;
  entries: number;
  /** Median time to build the index (both languages). */
  buildMs: number;
  /** Median time to match all paragraphs on a warm index (its per-word cache filled, the code optimised by warm-up passes). */
  matchMedianMs: number;
  /** Median time of the first pass right after a build, when every word type is new to the index. */
  matchColdMs: number;
  /** Time to construct one RegExp per entry. */
  regexBuildMs: number;
  /** Median time to run every RegExp over every paragraph. */
  regexMedianMs: number;
  /** regexMedianMs / matchMedianMs. */
  ratio: number;
  /** Matches in one pass (non-overlapping, inflection-aware). */
  matchesFound: number;
  /** Raw RegExp hits in one pass (no inflection, overlaps not resolved). */
  regexMatchesFound: number;
}

const WORDS = 10_000;
const ENTRIES = 10_000;
const WORDS_PER_PARAGRAPH = 100;
const BUILD_RUNS = 5;
// One pass of the RegExp baseline takes seconds (10,000 RegExps × 100 paragraphs), so it gets at
// most 5 runs and stops early once 15 s are spent; always at least one.
const REGEX_MAX_RUNS = 5;
const REGEX_TIME_BUDGET_MS = 15_000;
const WARMUP_PASSES = 30;

/** Lines of the Norwegian seed article (Nettavisen, 000), repeated lines and ad markers removed. */
const SEED_NB = `Russland kan miste alliert etter Moskva-terroren
Tadjikistans president Emomali Rahmon med Russlands president Vladimir Putin.
Tadjikistans president Emomali Rahmon med Russlands president Vladimir Putin. Foto: Kristina Kormilitsyna / Sputnik / Kreml / AP / NTB
Terroristene Russland har i varetekt skal være fra Tadsjikistan.
Russland og Tadsjikistan, et land i Sentral-Asia, har dype historiske forbindelser, og Tadsjikistan var også tidligere en del av Sovjetunionen.
Det at Russland hevder de varetektsfengslede terroristene etter terrorangrepet fredagskveld i Moskva kommer fra Tadsjikistan, kan skape splid mellom de to allierte.
Les mer om Moskva-terroren her!
Selv har Tadsjikistan allerede forsøkt å distansere seg fra angrepet, ifølge The Moscow Times , gjengitt av Business Insider, og kaller informasjonen «falsk».
Se video: Sammenligner Putin med Disney-skurk
«Terrorister har ingen nasjonalitet»
Den ytterliggående islamistgruppa IS' afghanske fløy (ISKP) hevder å stå bak angrepet i konserthallen Crocus i Krasnogorsk, Moskva hvor nå 139 mennesker skal være drept og over 150 mennesker såret. Motivet skal være at Russland fører krig mot islam.
Vestlig etterretning har slått fast at IS-fløyen står bak. Russlands president Vladimir Putin har selv uttalt at det er snakk om radikale islamister, men hevder også at Ukraina er involvert. Dette har Ukraina gått ut og avvist.
Totalt elleve personer er ifølge russiske myndigheter pågrepet for terrorangrepet. Syv av disse skal være varetektsfengslet. Russiske myndigheter har uttalt at alle de elleve er utlendinger, og i alle fall de fire første som ble varetektsfengslet hevdes å være fra Tadsjikistan.
Tadsjikistans president Emomali Rahmon skal søndag ha sagt til Putin at «terrorister har ingen nasjonalitet, ingen hjemland og ingen religion» ifølge en uttalelse fra presidentens kontor.
Krevde å bli tatt seriøst av Russland
Russlands bånd til verden har blitt betydelig svekket etter landets invasjon av Ukraina i februar 2022. Men Russland prøver å holde bånd med land som Kina og Nord-Korea sterke, i lys av isolasjonen fra Vesten.
Dette gjelder også i noe grad land som Tadsjikistan, som blant annet er en del av den Russland-ledede Den kollektive sikkerhetspakten (CSTO), som Putin lenge har håpet vil utgjøre medlemslandenes versjon av Nato.
Putin og hans allierte. Fra venstre: Kasakhstans president Kassym-Jomart Tokayev, Tadsjikistans president Emomali Rahmon, Russlands president Vladimir Putin, Hviterusslands president Aleksandr Lukasjenko og Usbekistans president Shavkat Mirziyoyev. Foto: Kristina Kormilitsyna / Sputink / Kreml / AP / NTB
Men Tadsjikistan, selv med sine nære kulturelle og økonomiske bånd til Russland, har tidligere vist sine misnøyer med Putin og Russland.
I oktober 2022 skal Rahmon ha sett seg lei av å ikke bli tatt seriøst av Putin, og skal ifølge Daily Mail ha reagert kraftig på at Tadsjikistan måtte «tigge» Russland om å delta på et forum i landet.
– Vi blir aldri behandlet som strategiske partnere! Dette er ikke ment som en fornærmelse, men vi ønsker å bli respektert! skal han ha sagt.
Russlands håndtering av terrorangrepet og terroristene er neppe legende for forholdet mellom de to allierte.`;

// Nouns and names from the seed, as an editor would enter them; the acronyms are case-sensitive.
const SEED_TERMS: ReadonlyArray<readonly [readonly string[], boolean]> = [
  [['Russland'], false], [['Tadsjikistan', 'Tadjikistan'], false], [['Putin'], false], [['Vladimir Putin'], false],
  [['Moskva'], false], [['terrorist'], false], [['terrorangrep'], false], [['terror'], false],
  [['Den kollektive sikkerhetspakten'], false], [['Nato'], false], [['IS'], true], [['ISKP'], true], [['CSTO'], true],
  [['NTB'], true], [['AP'], true], [['Kreml'], false], [['islam'], false], [['islamist'], false], [['president'], false],
  [['konserthall'], false], [['etterretning'], false], [['varetekt'], false], [['varetektsfengsle', 'varetektsfengslet'], false],
  [['angrep'], false], [['Ukraina'], false], [['Sovjetunionen'], false], [['Sentral-Asia'], false], [['myndighet'], false],
  [['nasjonalitet'], false], [['religion'], false], [['invasjon'], false], [['isolasjon'], false],
  [['Emomali Rahmon', 'Rahmon'], false], [['The Moscow Times'], false], [['Business Insider'], false], [['Daily Mail'], false],
  [['forum'], false], [['partner'], false], [['fornærmelse'], false], [['hjemland'], false], [['Crocus'], false],
  [['Krasnogorsk'], false], [['Kasakhstan'], false], [['Usbekistan'], false], [['Hviterussland'], false], [['Kina'], false],
  [['Nord-Korea'], false], [['Vesten'], false], [['medlemsland'], false], [['Sputnik'], false], [['forbindelse'], false],
  [['splid'], false], [['krig'], false], [['håndtering'], false], [['forhold'], false], [['informasjon'], false],
  [['Lukasjenko'], false], [['Disney-skurk'], false], [['uttalelse'], false], [['kontor'], false],
];

const FUNCTION_WORDS = (
  'og i på av som det er en et til med for at har de ikke den skal om fra var men også seg han hun vi ' +
  'etter over under mot når hvor kan vil blir ble ha sier sa mellom før bare enn alle noe mange'
).split(' ');

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'sk', 'st', 'sp', 'tr', 'br', 'gr', 'kr', 'fr', 'bl', 'fl', 'kl', 'sl', 'sn', 'sv', 'kj', 'hv'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'æ', 'ø', 'å', 'ei', 'au', 'øy', 'a', 'e', 'i', 'o'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 't', 'k', 'g', 'm', 'nd', 'ng', 'kk', 'tt', 'll', 'rt', 'st', 'ks'];
const ENDINGS = ['en', 'et', 'er', 'ene', 's', 'a', 'ens'];

/** mulberry32: a small, fast, seeded PRNG, so the workload is identical in every run and browser. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function syllableWord(random: () => number, syllables: number): string {
  let word = '';
  for (let s = 0; s < syllables; s++) word += pick(random, ONSETS) + pick(random, VOWELS) + pick(random, CODAS);
  return word;
}

/** Distinct bokmål-looking words, 2–3 syllables, none shorter than four letters. */
function wordList(random: () => number, count: number, avoid: ReadonlySet<string>): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const word = syllableWord(random, 2 + Math.floor(random() * 2));
    if (word.length >= 4 && !avoid.has(word)) words.add(word);
  }
  return [...words];
}

function acronym(random: () => number): string {
  const letters = 'ABDEFGHIKLMNOPRSTUV';
  let text = '';
  const length = 3 + Math.floor(random() * 2);
  for (let k = 0; k < length; k++) text += letters[Math.floor(random() * letters.length)] ?? 'X';
  return text;
}

interface Workload {
  paragraphs: string[];
  entries: MatchableTerm[];
  words: number;
}

export function makeWorkload(): Workload {
  const random = prng(0x70_1c);
  const seedWords = new Set(SEED_NB.toLowerCase().split(/[^\p{L}]+/u));
  const generated = wordList(random, 14_000, seedWords);
  const termWords = generated.slice(0, 10_000);
  const vocabulary = generated.slice(10_000); // words of the text that are no entry

  // The seed's terms are mostly names, spelt the same in English.
  const entries: MatchableTerm[] = SEED_TERMS.map(([nb, caseSensitive], k) =>
    caseSensitive ? { id: `seed-${k}`, terms: { nb, en: nb }, caseSensitive } : { id: `seed-${k}`, terms: { nb, en: nb } },
  );
  let nextWord = 0;
  const takeWord = (): string => termWords[nextWord++ % termWords.length] ?? 'ord';
  const acronyms = new Set<string>();
  while (entries.length < ENTRIES) {
    const id = `gen-${entries.length}`;
    const roll = random();
    if (roll < 0.03) {
      const text = acronym(random);
      if (acronyms.has(text)) continue;
      acronyms.add(text);
      entries.push({ id, terms: { nb: [text], en: [text] }, caseSensitive: true });
      continue;
    }
    const length = roll < 0.7 ? 1 : roll < 0.9 ? 2 : 3;
    const words: string[] = [];
    for (let w = 0; w < length; w++) words.push(length > 1 && w < length - 1 && random() < 0.5 ? pick(random, vocabulary) : takeWord());
    const headword = words.join(' ');
    const nb = random() < 0.3 ? [headword, `${headword}${pick(random, ENDINGS)}`] : [headword];
    entries.push({ id, terms: { nb, en: [`${syllableWord(random, 2)} ${syllableWord(random, 1)}`] } });
  }

  // Text: seed sentences and generated sentences in turn; generated sentences mix function words,
  // non-entry vocabulary (Zipf-like, so word types repeat as in news) and entry terms, often inflected.
  const seedSentences = SEED_NB.split(/(?<=[.!?»])\s+|\n/u).filter((s) => s.trim().length > 0);
  const allTerms = entries.flatMap((entry) => entry.terms.nb);
  const paragraphs: string[] = [];
  let total = 0;
  let current: string[] = [];
  const flush = (): void => {
    paragraphs.push(current.join(' '));
    current = [];
  };
  while (total < WORDS) {
    let sentence: string[];
    if (random() < 0.4) {
      sentence = pick(random, seedSentences).split(/\s+/u);
    } else {
      sentence = [];
      const length = 8 + Math.floor(random() * 10);
      for (let w = 0; w < length; w++) {
        const roll = random();
        if (roll < 0.35) sentence.push(pick(random, FUNCTION_WORDS));
        else if (roll < 0.85) sentence.push(vocabulary[Math.floor(vocabulary.length * random() ** 3)] ?? 'ord');
        else {
          const term = pick(random, allTerms);
          sentence.push(random() < 0.5 ? term : `${term}${pick(random, ENDINGS)}`);
        }
      }
      sentence[sentence.length - 1] += '.';
    }
    for (const word of sentence) {
      for (const part of word.split(' ')) {
        if (total >= WORDS) break;
        current.push(part);
        total++;
        if (current.length >= WORDS_PER_PARAGRAPH) flush();
      }
    }
  }
  if (current.length > 0) flush();
  return { paragraphs, entries, words: total };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function matchAll(index: GlossaryIndex, paragraphs: readonly string[]): number {
  let found = 0;
  for (const paragraph of paragraphs) found += findGlossaryMatches(index, paragraph, 'nb').length;
  return found;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The common tool's approach: per entry, one RegExp of its listed forms between Unicode lookarounds; no inflection. */
function entryRegExps(entries: readonly MatchableTerm[]): RegExp[] {
  const regExps: RegExp[] = [];
  for (const entry of entries) {
    const forms = entry.terms.nb.filter((term) => term.trim().length > 0);
    if (forms.length === 0) continue;
    const alternatives = forms.map((term) => escapeRegExp(term.trim()).replace(/\s+/gu, '\\s+')).join('|');
    const flags = entry.caseSensitive === true ? 'gu' : 'giu';
    regExps.push(new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternatives})(?![\\p{L}\\p{N}\\p{M}])`, flags));
  }
  return regExps;
}

function regExpAll(regExps: readonly RegExp[], paragraphs: readonly string[]): number {
  let found = 0;
  for (const paragraph of paragraphs) {
    for (const regExp of regExps) {
      regExp.lastIndex = 0;
      while (regExp.exec(paragraph) !== null) found++;
    }
  }
  return found;
}

export function runGlossaryBench(now: () => number, stemmers: Stemmers, runs = 21): GlossaryBenchResult {
  const { paragraphs, entries, words } = makeWorkload();
  const passes = Math.max(1, Math.floor(runs));

  const buildTimes: number[] = [];
  const coldTimes: number[] = [];
  let index: GlossaryIndex | undefined;
  for (let r = 0; r < BUILD_RUNS; r++) {
    let t = now();
    index = buildGlossaryIndex(entries, stemmers);
    buildTimes.push(now() - t);
    t = now();
    matchAll(index, paragraphs);
    coldTimes.push(now() - t);
  }
  if (index === undefined) throw new Error('no index built');

  // Steady state: the optimising compiler takes a few dozen passes to settle (later in Chromium than in Node).
  // The first pass after a build is reported on its own above, as matchColdMs.
  for (let r = 0; r < WARMUP_PASSES; r++) matchAll(index, paragraphs);
  const matchTimes: number[] = [];
  let matchesFound = 0;
  for (let r = 0; r < passes; r++) {
    const t = now();
    matchesFound = matchAll(index, paragraphs);
    matchTimes.push(now() - t);
  }

  let t = now();
  const regExps = entryRegExps(entries);
  const regexBuildMs = now() - t;
  const regexTimes: number[] = [];
  let regexMatchesFound = 0;
  const regexStart = now();
  do {
    t = now();
    regexMatchesFound = regExpAll(regExps, paragraphs);
    regexTimes.push(now() - t);
  } while (regexTimes.length < Math.min(passes, REGEX_MAX_RUNS) && now() - regexStart < REGEX_TIME_BUDGET_MS);

  const matchMedianMs = median(matchTimes);
  const regexMedianMs = median(regexTimes);
  return {
    words,
    entries: entries.length,
    buildMs: median(buildTimes),
    matchMedianMs,
    matchColdMs: median(coldTimes),
    regexBuildMs,
    regexMedianMs,
    ratio: regexMedianMs / matchMedianMs,
    matchesFound,
    regexMatchesFound,
  };
}
