// What two words share regardless of a dictionary: the same string or number, a cognate spelling, a closed-class translation.

/** Lower case, accents off, Norwegian letters spelt in ASCII and a few spelling habits evened out, so cognates line up (signatur ~ signature, kopier ~ copy). */
export function foldForCognates(word: string): string {
  const lower = word.toLowerCase();
  return (/^[\x20-\x7e]*$/u.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(/æ/gu, 'ae')
    .replace(/ø/gu, 'o')
    .replace(/å/gu, 'a')
    .replace(/ph/gu, 'f')
    .replace(/ck/gu, 'k')
    .replace(/c(?=[aou])/gu, 'k')
    .replace(/qu/gu, 'kv')
    .replace(/(?<=[a-z])y/gu, 'i')
    .replace(/([a-z])\1/gu, '$1');
}

/** 0–1: one minus the edit distance over the longer length, of two words already folded (foldForCognates). */
export function cognateSimilarity(x: string, y: string): number {
  if (x === y) return 1;
  const longer = Math.max(x.length, y.length);
  if (longer === 0) return 0;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return 1 - (previous[y.length] ?? longer) / longer;
}

/** Length of the common prefix of two folded words: installert ~ installed share "install". */
export function sharedPrefix(x: string, y: string): number {
  let length = 0;
  while (length < x.length && length < y.length && x[length] === y[length]) length++;
  return length;
}

const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;
export const isNumber = (word: string): boolean => NUMBER.test(word);

/**
 * Closed-class bokmål words and their usual English renderings. A dictionary built from Wiktionary glosses these words
 * poorly or not at all, yet they are half of running text; the list is general grammar, not fitted to any text.
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  og: ['and'], eller: ['or'], men: ['but'], fordi: ['because'], så: ['so', 'then'], hvis: ['if', 'when'], om: ['about', 'if', 'whether', 'on'],
  at: ['that'], som: ['that', 'which', 'who', 'as', 'like'], når: ['when'], da: ['when', 'then'], enn: ['than'], både: ['both'],
  i: ['in', 'into', 'within'], på: ['on', 'at', 'of', 'in'], av: ['of', 'by', 'off'], til: ['to', 'into', 'for'], for: ['for', 'too', 'to'],
  med: ['with', 'by'], fra: ['from'], ved: ['at', 'by', 'when'], etter: ['after', 'for'], uten: ['without'], under: ['under', 'during'],
  over: ['over', 'above'], mellom: ['between', 'from'], mot: ['against', 'towards'], per: ['per'], gjennom: ['through'], før: ['before'],
  å: ['to'], ut: ['out'], inn: ['in', 'into'], opp: ['up'], ned: ['down'],
  er: ['is', 'are', 'am', 'be'], var: ['was', 'were'], være: ['be', 'been'], vært: ['been'], ble: ['was', 'were', 'been', 'be'],
  blir: ['is', 'becomes', 'be', 'will'], bli: ['be', 'become'], har: ['has', 'have'], hadde: ['had'], ha: ['have'],
  kan: ['can', 'may', 'could', 'cannot'], kunne: ['could', 'might'], må: ['must', 'need', 'have', 'should'], skal: ['shall', 'will', 'to'],
  vil: ['will', 'want', 'would'], bør: ['should'], burde: ['should'], ikke: ['not', 'no', 'cannot', "can't", "don't", "doesn't"],
  jeg: ['i'], du: ['you'], han: ['he'], hun: ['she'], den: ['it', 'the', 'that'], det: ['it', 'this', 'that', 'there'], vi: ['we'],
  dere: ['you'], de: ['they', 'the', 'those'], meg: ['me'], deg: ['you'], oss: ['us'], dem: ['them'], seg: ['itself', 'themselves'],
  min: ['my'], mitt: ['my'], mine: ['my'], din: ['your'], ditt: ['your'], dine: ['your'], sin: ['its', 'his', 'her', 'their'],
  dens: ['its'], dets: ['its'], deres: ['their', 'your'], hans: ['his'], hennes: ['her'], vår: ['our'], vårt: ['our'], våre: ['our'],
  denne: ['this'], dette: ['this'], disse: ['these'], en: ['a', 'an', 'one'], ei: ['a', 'an', 'one'], et: ['a', 'an', 'one'],
  én: ['one'], ett: ['one'], to: ['two'], tre: ['three'], fire: ['four'], fem: ['five'], alle: ['all', 'any', 'every'], all: ['all'],
  alt: ['all', 'everything'], ingen: ['no', 'none', 'not'], ingenting: ['nothing'], noe: ['some', 'something', 'any'], noen: ['some', 'any', 'someone'],
  hver: ['each', 'every'], hvert: ['each', 'every'], flere: ['several', 'more', 'multiple'], mange: ['many'], mye: ['much'], samme: ['same'],
  andre: ['other', 'others', 'second'], annen: ['other', 'another'], annet: ['other', 'another'], bare: ['only', 'just'], også: ['also', 'too'],
  allerede: ['already'], fortsatt: ['still'], fremdeles: ['still'], aldri: ['never'], alltid: ['always'], igjen: ['again'], her: ['here'],
  der: ['there', 'where'], nå: ['now'], hvor: ['where', 'how'], hva: ['what'], hvem: ['who'], hvorfor: ['why'], hvordan: ['how'],
  minst: ['least'], mest: ['most'], mer: ['more'], mindre: ['less'], svært: ['very'], veldig: ['very'], ja: ['yes'], nei: ['no'],
};

/** The English words a closed-class bokmål word usually becomes; empty for other words. */
export function functionWordRenderings(nbWord: string): readonly string[] {
  return Object.hasOwn(FUNCTION_WORDS, nbWord) ? (FUNCTION_WORDS[nbWord] ?? []) : [];
}

const ENGLISH_CLOSED_CLASS = new Set([...Object.values(FUNCTION_WORDS).flat(), 'the']);

/** A closed-class word of either language (and, the, å, som): grammar rather than meaning. */
export function isClosedClass(lowerCaseWord: string, lang: 'nb' | 'en'): boolean {
  return lang === 'nb' ? functionWordRenderings(lowerCaseWord).length > 0 : ENGLISH_CLOSED_CLASS.has(lowerCaseWord);
}
