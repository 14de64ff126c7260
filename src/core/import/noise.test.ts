// Each noise rule on the furniture it is for, and on the text it must leave alone.
import { describe, expect, it } from 'vitest';
import { NOISE_RULES, removeNoise } from './noise';
import type { CleanBlock } from './types';

const p = (text: string): CleanBlock => ({ kind: 'paragraph', text });

describe('removeNoise', () => {
  it.each([
    ['separator', ['--', '***', '-', '→', '<- ->']],
    ['arrow-marker', ['<-Alexander Lukashenko', '<- Tom Røseth']],
    ['ad-notice', ['Artikkelen fortsetter under annonsen', 'Annonse', 'ANNONSE', 'Advertisement', 'Story continues below advertisement']],
    ['more-button', ['View more', 'Vis mer', 'Les mer', 'Read more', 'Show more ›', 'Last inn flere']],
    ['read-more-teaser', ['Les mer om Moskva-terroren her!', 'Read more: Why the Kremlin is worried']],
    ['link-teaser', ['Also read: The Moscow terror: – Catastrophic incompetence', 'Les også: Slik gikk det til', 'Se også: Bakgrunn', 'LES OGSÅ Putin svarer']],
    ['video-teaser', ['Se video: Sammenligner Putin med Disney-skurk', 'Watch: the attack']],
    ['tag-line', ['Tags: president Belarus #causing trouble Putin', 'Stikkord: Russland', 'Emner: krig, terror']],
    ['next-teaser', ['NEXT Made his own video card – ITavisen', 'NESTE Slik lager du brød', 'Neste sak: Været']],
    ['share-line', ['Del artikkelen', 'Share on Facebook', 'Del på Facebook', 'Share', 'Kopier lenke']],
    ['language-notice', ['The article is in Norwegian', 'Artikkelen er på engelsk']],
  ])('%s drops its blocks', (name, texts) => {
    expect(NOISE_RULES.map((rule) => rule.name)).toContain(name);
    expect(removeNoise(texts.map(p))).toEqual({ blocks: [], removed: texts.length });
  });

  it('keeps sentences that only begin like noise, and never edits a kept block', () => {
    const text = [
      'Les mer om saken i morgendagens avis, der vi går gjennom alle sidene av konflikten mellom landene og hva den kan bety.',
      'Neste år blir det valg.',
      'Annonsen ble trukket.',
      'Next year there will be an election.',
      'Del av landet er rammet.',
      'Tom Røseth',
      'Tema for møtet var sikkerhet.',
    ].map(p);
    expect(removeNoise(text)).toEqual({ blocks: text, removed: 0 });
  });

  it('relabels blocks with a photo credit as captions, credit-only lines too', () => {
    const { blocks } = removeNoise([p('Lukashenko og Putin i Minsk. Photo: SERGEI GRITS / AP / NTB'), p('Foto: NTB'), { kind: 'heading', text: 'Tittel' }]);
    expect(blocks).toEqual([
      { kind: 'caption', text: 'Lukashenko og Putin i Minsk. Photo: SERGEI GRITS / AP / NTB' },
      { kind: 'caption', text: 'Foto: NTB' },
      { kind: 'heading', text: 'Tittel' },
    ]);
  });

  it('keeps the first of a repeated caption, and the credited copy of a bare caption just before it', () => {
    const caption = 'Putin og hans allierte. Foto: Kristina Kormilitsyna / NTB';
    expect(removeNoise([p(caption), p('Tekst.'), p(caption)])).toEqual({ blocks: [{ kind: 'caption', text: caption }, p('Tekst.')], removed: 1 });
    expect(removeNoise([p('Putin og hans allierte.'), p(caption), p('Tekst.')])).toEqual({ blocks: [{ kind: 'caption', text: caption }, p('Tekst.')], removed: 1 });
    const figcaption: CleanBlock = { kind: 'caption', text: 'Putin i Kreml' };
    expect(removeNoise([figcaption, p('Tekst.'), figcaption])).toEqual({ blocks: [figcaption, p('Tekst.')], removed: 1 });
  });

  it('keeps repeated body text: a repeated answer is not a caption', () => {
    const blocks = [p('– Ja.'), p('Hva så?'), p('– Ja.')];
    expect(removeNoise(blocks)).toEqual({ blocks, removed: 0 });
  });
});
