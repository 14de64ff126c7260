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
  // Lemmas stay a sorted array searched by bisection: a Map of 140,000 keys costs more time and memory to build.
  const lemmas: string[] = [];
  const firstEntry: number[] = [];
  const entryPattern: number[] = [];
  const entryLemma: number[] = [];
  let section = '';
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineStart = start;
    start = end + 1;
    if (end === lineStart) continue;
    const tab = text.indexOf('\t', lineStart);
    if (section === 'lemmas' && tab > 0 && tab < end) {
      const lemmaIndex = lemmas.length;
      lemmas.push(text.slice(lineStart, tab));
      firstEntry.push(entryPattern.length);
      let idStart = tab + 1;
      while (idStart < end) {
        let comma = text.indexOf(',', idStart);
        if (comma < 0 || comma > end) comma = end;
        entryPattern.push(parseInt(text.slice(idStart, comma), 36));
        entryLemma.push(lemmaIndex);
        idStart = comma + 1;
      }
      continue;
    }
    const line = text.slice(lineStart, end);
    if (line.startsWith('#')) {
      const space = line.indexOf(' ');
      section = line.slice(1, space > 0 ? space : undefined);
    } else if (section === 'tags') tags.push(line);
    else if (section === 'patterns') {
      const lineTab = line.indexOf('\t');
      const forms = line
        .slice(lineTab + 1)
        .split(',')
        .map((item) => {
          const colon = item.lastIndexOf(':');
          return { suffix: item.slice(0, colon), tag: parseInt(item.slice(colon + 1), 36) };
        });
      patterns.push({ lemmaSuffix: line.slice(0, lineTab), forms });
    }
  }
  firstEntry.push(entryPattern.length);

  function entriesOf(lemma: string): number[] {
    let low = 0;
    let high = lemmas.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = lemmas[middle] ?? '';
      if (found === lemma) {
        const entries: number[] = [];
        for (let e = firstEntry[middle] ?? 0; e < (firstEntry[middle + 1] ?? 0); e++) entries.push(e);
        return entries;
      }
      if (found < lemma) low = middle + 1;
      else high = middle - 1;
    }
    return [];
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

  const lemmaOf = (entry: number): string => lemmas[entryLemma[entry] ?? -1] ?? '';
  const patternOf = (entry: number): Pattern => patterns[entryPattern[entry] ?? -1] ?? { lemmaSuffix: '', forms: [] };
  const stemOf = (entry: number): string => {
    const lemma = lemmaOf(entry);
    return lemma.slice(0, lemma.length - patternOf(entry).lemmaSuffix.length);
  };
  const formsOf = (entry: number): NobForm[] => {
    const stem = stemOf(entry);
    return patternOf(entry).forms.map(({ suffix, tag }) => ({ form: stem + suffix, tags: tags[tag] ?? '' }));
  };

  return {
    readings(form) {
      const found: NobReading[] = [];
      for (let k = Math.min(form.length, longestSuffix); k >= 0; k--) {
        const suffix = form.slice(form.length - k);
        const byLemmaSuffix = bySuffix.get(suffix);
        if (!byLemmaSuffix) continue;
        const stem = form.slice(0, form.length - k);
        for (const [lemmaSuffix, patternIds] of byLemmaSuffix) {
          const lemma = stem + lemmaSuffix;
          for (const entry of entriesOf(lemma)) {
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
    entriesOf,
    lemmaOf,
    formsOf,
    entryTags(entry) {
      const lemma = lemmaOf(entry);
      const forms = formsOf(entry);
      return (forms.find((f) => f.form === lemma) ?? forms[0])?.tags ?? '';
    },
  };
}
