// Glosses for derived bokmål nouns the dictionary lacks (-ing, -else, -het) through the verb or adjective they come from.

/** "manage" -> "managing": the English -ing form of a verb gloss (the first word of a phrase). */
export function englishIng(verb: string): string {
  const [head = '', ...rest] = verb.split(' ');
  let ing: string;
  if (head.endsWith('ie')) ing = `${head.slice(0, -2)}ying`;
  else if (head.endsWith('e') && !head.endsWith('ee') && head.length > 2) ing = `${head.slice(0, -1)}ing`;
  else ing = `${head}ing`;
  return [ing, ...rest].join(' ');
}

/** "safe" -> "safeness", "happy" -> "happiness". */
export function englishNess(adjective: string): string {
  if (adjective.includes(' ')) return adjective;
  return adjective.endsWith('y') ? `${adjective.slice(0, -1)}iness` : `${adjective}ness`;
}

export interface Derivation {
  /** The base word to look up, e.g. "vurdere" for "vurdering". */
  base: string;
  baseClass: 'verb' | 'adj';
  english: (gloss: string) => string;
}

/** The bases a derived noun lemma may come from, likeliest first. */
export function derivationsOf(lemma: string): Derivation[] {
  const found: Derivation[] = [];
  if (lemma.endsWith('ing') && lemma.length > 5) {
    const stem = lemma.slice(0, -3);
    found.push({ base: `${stem}e`, baseClass: 'verb', english: englishIng });
    found.push({ base: stem, baseClass: 'verb', english: englishIng });
  }
  if (lemma.endsWith('else') && lemma.length > 6) {
    const stem = lemma.slice(0, -4);
    found.push({ base: `${stem}e`, baseClass: 'verb', english: englishIng });
    found.push({ base: stem, baseClass: 'verb', english: englishIng });
  }
  if (lemma.endsWith('het') && lemma.length > 5) {
    found.push({ base: lemma.slice(0, -3), baseClass: 'adj', english: englishNess });
  }
  return found;
}

/** "imprison" -> "imprisoned", "carry" -> "carried", "free" -> "freed" (regular past participle of a verb gloss). */
export function englishPastParticiple(verb: string): string {
  const [head = '', ...rest] = verb.split(' ');
  let past: string;
  if (/[^aeiou]y$/.test(head)) past = `${head.slice(0, -1)}ied`;
  else if (head.endsWith('e')) past = `${head}d`;
  else past = `${head}ed`;
  return [past, ...rest].join(' ');
}

/** "expected" -> "unexpected": the English of a bokmål u- adjective from its base's gloss. */
export function englishUn(adjective: string): string {
  return adjective.includes(' ') ? `not ${adjective}` : `un${adjective}`;
}
