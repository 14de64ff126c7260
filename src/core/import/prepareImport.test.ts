import { describe, expect, it } from 'vitest';
import { toArticleVersions } from './pairs';
import { MIN_CONFIDENCE, prepareImport, suggestedTitle } from './prepareImport';
import { MAX_SIDE_CHARS } from './limits';

// The pair the end-to-end tests import, so both levels test the same text.
const FIXTURES = import.meta.glob<string>('../../../e2e/fixtures/import/*', { eager: true, query: '?raw', import: 'default' });
const fixture = (name: string) => {
  const text = FIXTURES[`../../../e2e/fixtures/import/${name}`];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  return text;
};
const NB = fixture('ferge-nb.txt');
const EN = fixture('ferge-en.txt');

describe('prepareImport', () => {
  it('cleans, splits and aligns a pair: one link per sentence pair, a block per paragraph, title and date found', () => {
    const result = prepareImport({ nb: { raw: NB, format: 'txt' }, en: { raw: EN, format: 'txt' } });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { alignment, confidence, meta, notices } = result.prepared;
    expect(confidence).toBeGreaterThan(0.9);
    expect(alignment.links.every((link) => link.nb === 1 && link.en === 1)).toBe(true);
    expect(alignment.links.filter((link) => link.block !== undefined)).toHaveLength(6);
    expect(meta.nb).toMatchObject({ title: 'Elektriske ferger tar over Oslofjorden', date: '2024-03-14' });
    expect(meta.en).toMatchObject({ title: 'Electric ferries take over the Oslofjord', date: '2024-03-14' });
    expect(notices).toContainEqual({ code: 'noise-removed', lang: 'nb', count: 2 });
    expect(notices).toContainEqual({ code: 'noise-removed', lang: 'en', count: 1 });
    expect(suggestedTitle(result.prepared, 'en')).toBe('Electric ferries take over the Oslofjord');
  });

  it('pairs an HTML version with a text one, and says the page code went', () => {
    const result = prepareImport({ nb: { raw: NB, format: 'txt' }, en: { raw: fixture('ferge-en.html'), format: 'html' } });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.prepared.notices).toContainEqual({ code: 'markup-removed', lang: 'en' });
    const versions = toArticleVersions(result.prepared.alignment, {
      nb: { id: 'x', lang: 'nb', title: 'T', source: '', date: '', original: 'nb' },
      en: { id: 'x', lang: 'en', title: 'T', source: '', date: '', original: 'nb' },
    });
    const en = versions.en.blocks.flatMap((b) => b.segments).join(' ');
    expect(en).toContain('Each charge takes about ten minutes.');
    expect(en).not.toMatch(/hacked|Advertisement|Home|<|onclick/);
  });

  it('refuses an empty side, a side over the limit, and a side that is only noise', () => {
    expect(prepareImport({ nb: { raw: NB, format: 'txt' }, en: { raw: '  \n ', format: 'txt' } })).toEqual({ ok: false, problems: [{ code: 'empty', lang: 'en' }] });
    const huge = 'Ord. '.repeat(MAX_SIDE_CHARS / 5 + 1);
    expect(prepareImport({ nb: { raw: huge, format: 'txt' }, en: { raw: EN, format: 'txt' } })).toEqual({
      ok: false,
      problems: [{ code: 'too-large', lang: 'nb', chars: huge.length }],
    });
    expect(prepareImport({ nb: { raw: NB, format: 'txt' }, en: { raw: 'View more\n\nAdvertisement', format: 'txt' } })).toEqual({
      ok: false,
      problems: [{ code: 'only-noise', lang: 'en' }],
    });
  });

  it('warns when both sides hold the same text, which aligns perfectly but is no translation', () => {
    const result = prepareImport({ nb: { raw: NB, format: 'txt' }, en: { raw: NB, format: 'txt' } });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.prepared.notices).toContainEqual({ code: 'same-text', lang: 'nb' });
    const different = prepareImport({ nb: { raw: NB, format: 'txt' }, en: { raw: EN, format: 'txt' } });
    expect(different.ok && different.prepared.notices.some((notice) => notice.code === 'same-text')).toBe(false);
  });

  it('refuses two texts that do not translate each other', () => {
    const recipe = [
      'Preheat the oven to 200 degrees. Mix the flour, butter and sugar in a bowl until crumbly.',
      'Spread the apples in a dish, cover them with the crumble and bake for 35 minutes.',
      'Serve warm with vanilla custard or ice cream. Leftovers keep for two days in the fridge.',
    ].join('\n\n');
    const result = prepareImport({ nb: { raw: NB, format: 'txt' }, en: { raw: recipe, format: 'txt' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [problem] = result.problems;
    expect(problem?.code).toBe('not-translations');
    if (problem?.code === 'not-translations') expect(problem.confidence).toBeLessThan(MIN_CONFIDENCE);
  });
});

describe('prepareImport at scale', () => {
  it('refuses a side of more paragraphs than MAX_SIDE_BLOCKS at once, before aligning (100,000 short paragraphs)', () => {
    // Numbered one-word paragraphs: 100,000 of them stay under the character limit.
    const many = (word: string) => Array.from({ length: 100_000 }, (_, k) => `${word}${k}.`).join('\n\n');
    const started = performance.now();
    const result = prepareImport({ nb: { raw: many('a'), format: 'txt' }, en: { raw: many('b'), format: 'txt' } });
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'too-many-blocks', lang: 'nb', blocks: 100_000 },
        { code: 'too-many-blocks', lang: 'en', blocks: 100_000 },
      ],
    });
    // Not a speed budget: the refusal must not depend on aligning first, which would take minutes.
    expect(performance.now() - started).toBeLessThan(60_000);
  });

  it('reports progress from 0 to 1 in order', () => {
    const shares: number[] = [];
    prepareImport({ nb: { raw: NB, format: 'txt' }, en: { raw: EN, format: 'txt' } }, (share) => shares.push(share));
    expect(shares.length).toBeGreaterThan(3);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.at(-1)).toBeLessThanOrEqual(1);
  });
});
