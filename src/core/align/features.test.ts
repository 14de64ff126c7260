// The id-array scores give exactly what the Map and Set ones in anchors.ts give, for single units and neighbours joined.
import { describe, expect, it } from 'vitest';
import { anchorScore, anchorsOf, pairUnions, wordOverlap, wordPairUnions, wordsOf } from './anchors';
import { anchorAgreement, featuresOf, joinedFeatures, KeyInterner, RowMarks, sideFeatures, wordAgreement } from './features';

const nb = [
  'Kapittel 3. Installasjon av Debian 11 på en server i Oslo.',
  'Det «enkle» oppsettet bruker apt-get og /etc/apt/sources.list, se Debian-håndboka.',
  'Debian ble grunnlagt i 1993 av Ian Murdock.',
  '',
  'I august 2021 kom versjon 11, kalt Bullseye, med 59 551 pakker.',
];
const en = [
  'Chapter 3. Installing Debian 11 on a server in Oslo.',
  'The "simple" setup uses apt-get and /etc/apt/sources.list, see the Debian Handbook.',
  'Debian was founded in 1993 by Ian Murdock.',
  'In August 2021 version 11, called Bullseye, came out with 59,551 packages.',
];

describe('link features as sorted ids', () => {
  it('score every pairing of single units and of joined neighbours as anchorScore and wordOverlap do', () => {
    const interner = new KeyInterner();
    const [sa, ta] = [nb.map(anchorsOf), en.map(anchorsOf)];
    const [sw, tw] = [nb.map((u) => wordsOf(u)), en.map((u) => wordsOf(u))];
    const source = sideFeatures(nb.map((unit) => featuresOf(unit, interner)));
    const target = sideFeatures(en.map((unit) => featuresOf(unit, interner)));
    const [sap, tap, swp, twp] = [pairUnions(sa), pairUnions(ta), wordPairUnions(sw), wordPairUnions(tw)];
    let compared = 0;
    for (let i = 0; i < nb.length; i++) {
      for (let j = 0; j < en.length; j++) {
        for (const [a, b, am, bm, aw, bw] of [
          [source.single[i], target.single[j], sa[i], ta[j], sw[i], tw[j]],
          [source.pairs[i], target.single[j], sap[i], ta[j], swp[i], tw[j]],
          [source.single[i], target.pairs[j], sa[i], tap[j], sw[i], twp[j]],
        ] as const) {
          if (!a || !b || !am || !bm || !aw || !bw) throw new Error('missing unit');
          expect(anchorAgreement(a, b)).toBeCloseTo(anchorScore(am, bm), 12);
          expect(wordAgreement(a, b)).toBeCloseTo(wordOverlap(aw, bw), 12);
          compared++;
        }
      }
    }
    expect(compared).toBe(60);
    // Shared evidence exists, so the comparison is not between two zeros everywhere.
    const [founded, grunnlagt] = [source.single[2], target.single[2]];
    if (!founded || !grunnlagt) throw new Error('missing unit');
    expect(anchorAgreement(founded, grunnlagt)).toBeGreaterThan(3);
  });

  it('score by marks exactly as by merging, and leave the marks clear', () => {
    const interner = new KeyInterner();
    const source = sideFeatures(nb.map((unit) => featuresOf(unit, interner)));
    const target = sideFeatures(en.map((unit) => featuresOf(unit, interner)));
    const marks = new RowMarks();
    for (let i = 0; i < nb.length; i++) {
      const [single, pair] = [source.single[i], source.pairs[i]];
      if (!single || !pair) throw new Error('missing unit');
      marks.mark(single, pair);
      for (const b of [...target.single, ...target.pairs]) {
        expect(marks.anchors(false, b)).toBe(anchorAgreement(single, b));
        expect(marks.anchors(true, b)).toBe(anchorAgreement(pair, b));
        expect(marks.wordShare(false, b)).toBe(wordAgreement(single, b));
        expect(marks.wordShare(true, b)).toBe(wordAgreement(pair, b));
      }
    }
    marks.clear();
    const any = target.single[0];
    if (!any) throw new Error('missing unit');
    expect(marks.wordShare(false, any)).toBe(0);
  });

  it('join sentences into a paragraph with the anchors and words of the whole text', () => {
    const interner = new KeyInterner();
    const paragraph = joinedFeatures(nb.slice(0, 3).map((unit) => featuresOf(unit, interner)));
    const whole = featuresOf(nb.slice(0, 3).join(' '), interner);
    expect([...paragraph.anchorIds]).toEqual([...whole.anchorIds]);
    expect([...paragraph.anchorKinds]).toEqual([...whole.anchorKinds]);
    expect([...paragraph.words]).toEqual([...whole.words]);
  });
});
