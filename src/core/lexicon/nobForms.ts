// Bokmål forms from the paradigm-encoded file: which lemmas and tags a written form has, and every form of a lemma.

/** One reading of a written form: an entry of the lexicon (lemma + inflection pattern) and the form's tags. */
export interface NobReading {
  entry: number;
  lemma: string;
  /** Apertium tags of this form, e.g. "<n><m><pl><ind>". */
  tags: string;
}

export interface NobForm {
  form: string;
  tags: string;
}

interface Pattern {
  lemmaSuffix: string;
  forms: { suffix: string; tag: number }[];
}

export interface NobForms {
  /** Readings of exactly this string (case as given). */
  readings(form: string): NobReading[];
  /** The entries whose lemma is exactly this string. */
  entriesOf(lemma: string): number[];
  /** The lemma of an entry. */
  lemmaOf(entry: number): string;
  /** Every form of an entry with its tags (the lemma's paradigm). */
  formsOf(entry: number): NobForm[];
  /** The tags of an entry's dictionary form (its first form's tags tell the class and gender). */
  entryTags(entry: number): string;
}

/** Parses nob.vN.txt: "#tags" section (one tag set a line), "#patterns" (lemma suffix TAB suffix:tag,…), "#lemmas". */
export function parseNobForms(text: string): NobForms {
  const tags: string[] = [];
  const patterns: Pattern[] = [];
  const entryLemma: string[] = [];
  const entryPattern: number[] = [];
  const lemmaEntries = new Map<string, number[]>();
  let section = '';
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.length === 0) continue;
    if (line.startsWith('#')) {
      section = line.slice(1, line.indexOf(' ') > 0 ? line.indexOf(' ') : undefined);
      continue;
    }
    const tab = line.indexOf('\t');
    if (section === 'tags') tags.push(line);
    else if (section === 'patterns') {
      const forms = line
        .slice(tab + 1)
        .split(',')
        .map((item) => {
          const colon = item.lastIndexOf(':');
          return { suffix: item.slice(0, colon), tag: parseInt(item.slice(colon + 1), 36) };
        });
      patterns.push({ lemmaSuffix: line.slice(0, tab), forms });
    } else if (section === 'lemmas') {
      const lemma = line.slice(0, tab);
      const ids: number[] = [];
      for (const id of line.slice(tab + 1).split(',')) {
        ids.push(entryLemma.length);
        entryLemma.push(lemma);
        entryPattern.push(parseInt(id, 36));
      }
      lemmaEntries.set(lemma, ids);
    }
  }

  // Reverse index: form suffix -> lemma suffix -> patterns holding that pair, so a lookup tries only stems that can be.
  const bySuffix = new Map<string, Map<string, Set<number>>>();
  let longestSuffix = 0;
  patterns.forEach((pattern, id) => {
    for (const { suffix } of pattern.forms) {
      longestSuffix = Math.max(longestSuffix, suffix.length);
      let byLemmaSuffix = bySuffix.get(suffix);
      if (!byLemmaSuffix) bySuffix.set(suffix, (byLemmaSuffix = new Map()));
      let ids = byLemmaSuffix.get(pattern.lemmaSuffix);
      if (!ids) byLemmaSuffix.set(pattern.lemmaSuffix, (ids = new Set()));
      ids.add(id);
    }
  });

  const patternOf = (entry: number): Pattern => patterns[entryPattern[entry] ?? -1] ?? { lemmaSuffix: '', forms: [] };
  const stemOf = (entry: number): string => {
    const lemma = entryLemma[entry] ?? '';
    return lemma.slice(0, lemma.length - patternOf(entry).lemmaSuffix.length);
  };

  return {
    readings(form) {
      const found: NobReading[] = [];
      for (let k = Math.min(form.length, longestSuffix); k >= 0; k--) {
        const byLemmaSuffix = bySuffix.get(form.slice(form.length - k));
        if (!byLemmaSuffix) continue;
        const stem = form.slice(0, form.length - k);
        const suffix = form.slice(form.length - k);
        for (const [lemmaSuffix, patternIds] of byLemmaSuffix) {
          const lemma = stem + lemmaSuffix;
          for (const entry of lemmaEntries.get(lemma) ?? []) {
            const patternId = entryPattern[entry] ?? -1;
            if (!patternIds.has(patternId)) continue;
            for (const item of patterns[patternId]?.forms ?? []) {
              if (item.suffix === suffix) found.push({ entry, lemma, tags: tags[item.tag] ?? '' });
            }
          }
        }
      }
      return found;
    },
    entriesOf: (lemma) => lemmaEntries.get(lemma) ?? [],
    lemmaOf: (entry) => entryLemma[entry] ?? '',
    formsOf(entry) {
      const stem = stemOf(entry);
      return patternOf(entry).forms.map(({ suffix, tag }) => ({ form: stem + suffix, tags: tags[tag] ?? '' }));
    },
    entryTags(entry) {
      const lemma = entryLemma[entry] ?? '';
      const forms = this.formsOf(entry);
      return (forms.find((f) => f.form === lemma) ?? forms[0])?.tags ?? '';
    },
  };
}
