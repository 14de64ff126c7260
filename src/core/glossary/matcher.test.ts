// Unit tests for the glossary matcher's behaviour: word boundaries, case, multi-word terms, overlaps, edge cases.
import { describe, expect, it } from 'vitest';
import { buildGlossaryIndex, findGlossaryMatches } from './matcher';
import type { Stemmers } from './matcher';
import { snowballStemmers } from './snowballStemmers';
import type { Lang, MatchableTerm } from './types';

function entry(id: string, nb: readonly string[], en: readonly string[] = [], caseSensitive = false): MatchableTerm {
  return caseSensitive ? { id, terms: { nb, en }, caseSensitive } : { id, terms: { nb, en } };
}

/** The matched surface forms with their entry ids, in text order. */
function marks(entries: readonly MatchableTerm[], text: string, lang: Lang): string[] {
  const index = buildGlossaryIndex(entries, snowballStemmers);
  return findGlossaryMatches(index, text, lang).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);
}

describe('word boundaries', () => {
  it('finds "øl" as a word but not inside "kjøl"', () => {
    expect(marks([entry('beer', ['øl'])], 'Båten har kjøl. Et kaldt øl.', 'nb')).toEqual(['øl=beer']);
  });

  it('treats "på" as a word and never matches inside "pågrepet"', () => {
    expect(marks([entry('on', ['på'])], 'Elleve er pågrepet på stedet.', 'nb')).toEqual(['på=on']);
  });

  it('finds words next to punctuation and at both ends of the text', () => {
    expect(marks([entry('putin', ['Putin'])], 'Putin: «Putin!» (Putin)', 'nb')).toEqual(['Putin=putin', 'Putin=putin', 'Putin=putin']);
  });
});

describe('case', () => {
  it('ignores case by default, for ÆØÅ too', () => {
    expect(marks([entry('nato', [], ['NATO'])], 'Nato and nato and NATO', 'en')).toEqual(['Nato=nato', 'nato=nato', 'NATO=nato']);
    expect(marks([entry('beer', ['øl'])], 'ØL og Øl', 'nb')).toEqual(['ØL=beer', 'Øl=beer']);
  });

  it('matches a case-sensitive acronym only as written', () => {
    const is = [entry('is', ['IS'], ['IS'], true)];
    expect(marks(is, "IS' afghanske fløy sier at IS-fløyen og IS står bak, ikke is.", 'nb')).toEqual(['IS=is', 'IS=is', 'IS=is']);
    expect(marks(is, 'This is what Is said; IS claimed it.', 'en')).toEqual(['IS=is']);
  });
});

describe('Unicode normalisation', () => {
  it('matches a decomposed "på" (a + combining ring) to the composed term, marking the decomposed text', () => {
    const text = 'Han bor pa\u030A Lillehammer.';
    expect(marks([entry('on', ['på'])], text, 'nb')).toEqual(['pa\u030A=on']);
  });
});

describe('multi-word terms', () => {
  it('matches every word of a case-sensitive term as written', () => {
    const is = [entry('is', [], ['IS', 'Islamic State'], true)];
    expect(marks(is, "The Islamic State's claim; the islamic state; ISLAMIC STATE.", 'en')).toEqual(["Islamic State's=is"]);
  });

  const thinkTank = entry('think-tank', ['tankesmie'], ['think tank']);

  it('accepts any whitespace between the words, including a line break and a no-break space', () => {
    const text = 'A think tank, a think\ntank, a think\u00a0tank and a think   tank.';
    expect(marks([thinkTank], text, 'en')).toEqual([
      'think tank=think-tank',
      'think\ntank=think-tank',
      'think\u00a0tank=think-tank',
      'think   tank=think-tank',
    ]);
  });

  it('inflects the last word only', () => {
    expect(marks([thinkTank], 'Two think tanks and the think tank’s report.', 'en')).toEqual([
      'think tanks=think-tank',
      'think tank’s=think-tank',
    ]);
  });

  it('does not match across punctuation or with other words between', () => {
    expect(marks([thinkTank], 'I think. Tank it. A think big tank.', 'en')).toEqual([]);
  });

  it('matches a bokmål name whose last word is a definite headword, in both forms', () => {
    const csto = entry('csto', ['Den kollektive sikkerhetspakten', 'CSTO']);
    expect(marks([csto], 'Den kollektive sikkerhetspakten (CSTO) og den kollektive sikkerhetspaktens mål.', 'nb')).toEqual([
      'Den kollektive sikkerhetspakten=csto',
      'CSTO=csto',
      'den kollektive sikkerhetspaktens=csto',
    ]);
    expect(marks([csto], 'Ingen kollektive sikkerhetspakt.', 'nb')).toEqual([]);
    expect(marks([entry('pakt', ['sikkerhetspakten'])], 'En sikkerhetspakt, flere sikkerhetspakter.', 'nb')).toEqual([
      'sikkerhetspakt=pakt',
      'sikkerhetspakter=pakt',
    ]);
  });

  it('matches Crocus City Hall and remanded in custody', () => {
    const entries = [entry('crocus', [], ['Crocus City Hall', 'Crocus']), entry('remand', [], ['remanded in custody'])];
    const text = 'At Crocus City Hall, four men were remanded in custody. Crocus is closed.';
    expect(marks(entries, text, 'en')).toEqual(['Crocus City Hall=crocus', 'remanded in custody=remand', 'Crocus=crocus']);
  });

  it('keeps a hyphen in a term a hyphen, typographic or not', () => {
    const asia = [entry('central-asia', ['Sentral-Asia'])];
    expect(marks(asia, 'Sentral-Asia, Sentral\u2011Asia, Sentral Asia.', 'nb')).toEqual([
      'Sentral-Asia=central-asia',
      'Sentral\u2011Asia=central-asia',
    ]);
  });
});

describe('possessives', () => {
  it("includes English 's in the mark, with either apostrophe", () => {
    const entries = [entry('kremlin', ['Kreml'], ['Kremlin']), entry('putin', ['Putin'], ['Putin'])];
    expect(marks(entries, "Kremlin's line, Kremlin’s version, Putin’s grip.", 'en')).toEqual([
      "Kremlin's=kremlin",
      'Kremlin’s=kremlin',
      'Putin’s=putin',
    ]);
  });

  it("extends the mark only over an 's that ends the word", () => {
    expect(marks([entry('putin', [], ['Putin'])], "Putin'sk, Putin's.", 'en')).toEqual(['Putin=putin', "Putin's=putin"]);
  });

  it('leaves a bare trailing apostrophe out of the mark', () => {
    expect(marks([entry('terrorist', ['terrorist'], ['terrorist'])], 'the terrorists’ escape route', 'en')).toEqual([
      'terrorists=terrorist',
    ]);
  });
});

describe('overlaps', () => {
  it('prefers the longer term: "think tank" over "tank"', () => {
    const entries = [entry('tank', [], ['tank']), entry('think-tank', [], ['think tank'])];
    expect(marks(entries, 'The think tank bought a tank.', 'en')).toEqual(['think tank=think-tank', 'tank=tank']);
  });

  it('never marks IS inside the word ISKP', () => {
    const entries = [entry('is', ['IS'], [], true), entry('iskp', ['ISKP'], [], true)];
    expect(marks(entries, 'ISKP er en gren av IS.', 'nb')).toEqual(['ISKP=iskp', 'IS=is']);
  });

  it('prefers the earlier of two overlapping matches of equal length', () => {
    const entries = [entry('b', ['bbb ccc']), entry('a', ['aaa bbb'])];
    expect(marks(entries, 'aaa bbb ccc', 'nb')).toEqual(['aaa bbb=a']);
  });

  it('gives a span to the earlier entry when two entries share a term', () => {
    const entries = [entry('first', ['Moskva']), entry('second', ['Moskva'])];
    expect(marks(entries, 'I Moskva.', 'nb')).toEqual(['Moskva=first']);
  });

  it('drops a match nested in a longer one but keeps neighbours', () => {
    const entries = [entry('crocus', ['Crocus']), entry('hall', ['City Hall']), entry('cch', ['Crocus City Hall'])];
    expect(marks(entries, 'Crocus City Hall og City Hall og Crocus', 'nb')).toEqual([
      'Crocus City Hall=cch',
      'City Hall=hall',
      'Crocus=crocus',
    ]);
  });
});

describe('hyphenated compounds', () => {
  it('marks the entry part of a hyphenated compound, but nothing inside a closed compound', () => {
    const entries = [entry('is', ['IS'], [], true), entry('moskva', ['Moskva']), entry('terror', ['terror'])];
    expect(marks(entries, 'IS-fløyen og Moskva-terroren etter terrorangrepet.', 'nb')).toEqual([
      'IS=is',
      'Moskva=moskva',
      'terroren=terror',
    ]);
  });
});

describe('languages', () => {
  it('matches only the terms of the text’s language', () => {
    const entries = [entry('custody', ['varetekt'], ['custody'])];
    expect(marks(entries, 'custody varetekt', 'nb')).toEqual(['varetekt=custody']);
    expect(marks(entries, 'custody varetekt', 'en')).toEqual(['custody=custody']);
  });
});

describe('edge cases', () => {
  const entries = [entry('putin', ['Putin'], ['Putin'])];

  it('returns nothing for empty text or text without letters', () => {
    expect(marks(entries, '', 'nb')).toEqual([]);
    expect(marks(entries, ' – … «» ?! \n', 'nb')).toEqual([]);
  });

  it('survives entries with no terms, empty terms and terms without letters', () => {
    const odd = [entry('empty', []), entry('blank', ['', '   ']), entry('dash', ['–', '?!']), ...entries];
    expect(marks(odd, 'Putin – ?!', 'nb')).toEqual(['Putin=putin']);
    expect(marks([], 'Putin', 'nb')).toEqual([]);
  });

  it('gives the same answer when an index is reused (its word cache stays correct)', () => {
    const index = buildGlossaryIndex([entry('terror', ['terror']), entry('is', ['IS'], [], true)], snowballStemmers);
    const text = 'terroren og terrorangrepet, IS og is.';
    const first = findGlossaryMatches(index, text, 'nb');
    expect(findGlossaryMatches(index, text, 'nb')).toEqual(first);
    expect(first.map((m) => text.slice(m.start, m.end))).toEqual(['terroren', 'IS']);
  });

  it('calls the stemmer only where a rule needs it, not for every word', () => {
    const calls: string[] = [];
    const counting: Stemmers = {
      nb: (word) => {
        calls.push(word);
        return snowballStemmers.nb(word);
      },
      en: snowballStemmers.en,
    };
    const index = buildGlossaryIndex([entry('sanctions', ['sanksjon']), entry('pakt', ['sikkerhetspakten'])], counting);
    expect(calls).toEqual([]);
    const text = 'Sanksjonene og sikkerhetspakter og andre ord.';
    expect(findGlossaryMatches(index, text, 'nb').map((m) => text.slice(m.start, m.end))).toEqual(['Sanksjonene', 'sikkerhetspakter']);
    // Only the definite-headword rule asks, for the text word and the glossary word.
    expect(calls).toEqual(['sikkerhetspakter', 'sikkerhetspakten']);
  });

  it('handles a long text in one call (more words than the token buffer first holds)', () => {
    const text = `${'ord og mer '.repeat(400)}Putin.`;
    const found = findGlossaryMatches(buildGlossaryIndex(entries, snowballStemmers), text, 'nb');
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Putin']);
  });

  it('returns matches sorted by start and never overlapping', () => {
    const many = [entry('a', ['Putin']), entry('b', ['Vladimir Putin']), entry('c', ['president']), entry('d', ['Russlands president'])];
    const text = 'Russlands president Vladimir Putin møtte presidenten og Putin.';
    const found = findGlossaryMatches(buildGlossaryIndex(many, snowballStemmers), text, 'nb');
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Russlands president', 'Vladimir Putin', 'presidenten', 'Putin']);
    for (let k = 1; k < found.length; k++) expect(found[k]?.start).toBeGreaterThanOrEqual(found[k - 1]?.end ?? 0);
  });
});
