// What apertium's tags say of a bokmål entry: its word class, its genders, and the main forms shown for its lemma.
import type { NobForms } from './nobForms.ts';
import type { Gender, WordClass } from './types.ts';

const TAG_CLASSES: Record<string, WordClass> = {
  n: 'noun',
  np: 'propn',
  vblex: 'verb',
  adj: 'adj',
  adv: 'adv',
  prn: 'pron',
  det: 'det',
  pr: 'prep',
  cnjcoo: 'conj',
  cnjsub: 'conj',
  cnjadv: 'conj',
  ij: 'interj',
  num: 'num',
  abbr: 'abbr',
};

export function classOfTags(tags: string): WordClass {
  const first = tags.slice(1, tags.indexOf('>'));
  return TAG_CLASSES[first] ?? 'other';
}

/** A verb's participles sit in the verb's paradigm, so an entry with any verb form is a verb. */
export function entryClass(forms: NobForms, entry: number): WordClass {
  if (forms.formsOf(entry).some((f) => f.tags.startsWith('<vblex>'))) return 'verb';
  return classOfTags(forms.entryTags(entry));
}

const GENDER_ORDER: Gender[] = ['f', 'm', 'n'];

export function entryGenders(forms: NobForms, entry: number): Gender[] {
  const tags = forms.entryTags(entry);
  if (tags.includes('<mf>')) return ['f', 'm'];
  if (tags.includes('<f>')) return ['f'];
  if (tags.includes('<m>')) return ['m'];
  if (tags.includes('<nt>')) return ['n'];
  return [];
}

/** Genders of a lemma's noun entries, feminine first ("ei/en"), as a learner's dictionary lists them. */
export function sortGenders(genders: Iterable<Gender>): Gender[] {
  const set = new Set(genders);
  return GENDER_ORDER.filter((g) => set.has(g));
}

/** Which forms fill each main-form slot, per class (types.ts, Analysis.mainForms). */
const SLOTS: Partial<Record<WordClass, ((tags: string) => boolean)[]>> = {
  noun: [
    (t) => t.includes('<sg><def>'),
    (t) => t.includes('<pl><ind>'),
    (t) => t.includes('<pl><def>'),
  ],
  verb: [(t) => t === '<vblex><pres>', (t) => t === '<vblex><pret>', (t) => t === '<vblex><pp>'],
  adj: [
    (t) => t.includes('<pst><nt><sg><ind>'),
    (t) => t.includes('<pst><un><sp><def>'),
    (t) => t.includes('<comp>'),
    (t) => t.includes('<sup>') && t.includes('<ind>'),
  ],
};

/** Main forms of a lemma from its entries of one class (in gender order), alternatives joined by "/". */
export function mainFormsOf(forms: NobForms, entries: number[], wordClass: WordClass): string[] {
  const slots = SLOTS[wordClass];
  if (!slots) return [];
  const filled = slots.map((matches) => {
    const found: string[] = [];
    for (const entry of entries) {
      for (const { form, tags } of forms.formsOf(entry)) if (matches(tags) && !found.includes(form)) found.push(form);
    }
    return found.join('/');
  });
  return filled.every((slot) => slot === '') ? [] : filled;
}

/** Entries of a lemma in one class, feminine before masculine before neuter (so main forms read "ei/en"). */
export function entriesInGenderOrder(forms: NobForms, entries: number[]): number[] {
  const rank = (entry: number) => {
    const genders = entryGenders(forms, entry);
    return genders.length > 0 ? GENDER_ORDER.indexOf(genders[0] ?? 'n') : 3;
  };
  return entries.toSorted((a, b) => rank(a) - rank(b));
}
