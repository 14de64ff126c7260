// The whole cleaner on the two seed articles as copied from the site, and on a news page with active markup.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../lang';
import { wordSpans } from '../text/words';
import { cleanText } from './clean';

// The seed articles as copied from the site, page furniture and all (read through Vite, as the other seed tests do:
// the app's type check has no Node types).
const SEEDS = import.meta.glob<string>('../../test/fixtures/seeds/*.txt', { eager: true, query: '?raw', import: 'default' });
function seed(prefix: string): string {
  const text = Object.entries(SEEDS).find(([path]) => path.split('/').at(-1)?.startsWith(prefix))?.[1];
  if (text === undefined) throw new Error(`no seed ${prefix}* among ${Object.keys(SEEDS).join(', ')}`);
  return text;
}

/** Words compared as the normaliser may leave them: NFC, apostrophes as ’ (IS' → IS’). */
const words = (text: string) =>
  wordSpans(text).map(({ start, end }) =>
    text
      .slice(start, end)
      .normalize('NFC')
      .replace(/['ʼ]/g, '’')
      .replace(/’+$/, ''),
  );
const containsRun = (haystack: string[], needle: string[]) =>
  haystack.some((_, i) => needle.every((word, j) => haystack[i + j] === word));

/** The seeds' page furniture, line by line: what the cleaner must drop. */
const NOISE_LINE = /^(?:Artikkelen fortsetter under annonsen|View more|Les mer om|Se video:|Also read:|Tags:|NEXT |The article is in Norwegian|<-|-+$)/;

describe('cleanText on the seed articles', () => {
  it.each<[string, Lang, string]>([
    ['000_', 'nb', 'Russland kan miste alliert etter Moskva-terroren'],
    ['003_', 'en', 'The president of Belarus is causing trouble for Putin'],
  ])('seed %s: drops the noise and keeps every other line with its words', (prefix, lang, title) => {
    const raw = seed(prefix);
    const cleaned = cleanText(raw, 'txt', lang);
    expect(cleaned.meta.title).toBe(title);
    for (const { text } of cleaned.blocks) {
      expect(text).not.toMatch(NOISE_LINE);
      expect(text).not.toMatch(/Artikkelen fortsetter|View more|Also read|Tags:|NEXT|Se video|<-|^-+$|^\*+$/);
    }
    const blockWords = cleaned.blocks.map((block) => words(block.text));
    const kept = raw
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && line !== title && !NOISE_LINE.test(line));
    for (const line of kept) expect(blockWords.some((w) => containsRun(w, words(line))), line).toBe(true);
    expect(cleaned.removed).toBeGreaterThan(0);
  });

  it('keeps one copy of seed 000’s repeated captions, as captions with their credit', () => {
    const { blocks, removed } = cleanText(seed('000_'), 'txt', 'nb');
    const allies = blocks.filter((block) => block.text.startsWith('Putin og hans allierte'));
    expect(allies).toHaveLength(1);
    expect(allies[0]?.kind).toBe('caption');
    const rahmon = blocks.filter((block) => block.text.startsWith('Tadjikistans president Emomali Rahmon med'));
    expect(rahmon).toEqual([{ kind: 'caption', text: expect.stringMatching(/Foto: Kristina Kormilitsyna \/ Sputnik \/ Kreml \/ AP \/ NTB$/) }]);
    // Seven ad notices, a "Les mer" and a "Se video" teaser, one repeated caption and one bare copy of a caption.
    expect(removed).toBe(11);
  });

  it('keeps seed 003’s summary bullets as list items and its photo credits as captions', () => {
    const { blocks } = cleanText(seed('003_'), 'txt', 'en');
    expect(blocks.filter((block) => block.kind === 'list')).toHaveLength(3);
    expect(blocks.find((block) => block.text.startsWith('Photo: OLGA MALTSEVA'))?.kind).toBe('caption');
  });
});

describe('cleanText on HTML', () => {
  const page = `<!doctype html>
<html><head>
  <title>Russland kan miste alliert – Avisa</title>
  <meta property="og:site_name" content="Avisa">
  <meta property="article:published_time" content="2024-03-25T08:00:00+01:00">
  <style>body { background: url(javascript:alert(3)) }</style>
  <script>alert(1)</script>
</head><body>
  <header><a href="/">Avisa</a></header>
  <nav><ul><li><a href="/nyheter">Nyheter</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <article>
    <h1 onclick="alert(4)">Russland kan miste alliert etter Moskva-terroren</h1>
    <p class="lead">Terroristene Russland har i varetekt skal være fra &laquo;Tadsjikistan&raquo;.</p>
    <figure><img src="x.jpg" onerror="alert(2)" alt="Putin"><figcaption>Putin i Kreml. Foto: NTB</figcaption></figure>
    <div class="ad">Annonse</div>
    <p>Russland og Tadsjikistan har <a href="javascript:alert(5)" onclick="alert(6)">dype</a> historiske forbindelser.</p>
    <div>Artikkelen fortsetter under annonsen</div>
    <h2>"Terrorister har ingen nasjonalitet"</h2>
    <p>Del artikkelen</p>
    <button onclick="share()">Del på Facebook</button>
  </article>
  <footer>© Avisa <script>track()</script></footer>
</body></html>`;

  it('keeps only the article text', () => {
    const cleaned = cleanText(page, 'html', 'nb');
    expect(cleaned.meta).toEqual({ title: 'Russland kan miste alliert etter Moskva-terroren', source: 'Avisa', date: '2024-03-25' });
    expect(cleaned.blocks).toEqual([
      { kind: 'paragraph', text: 'Terroristene Russland har i varetekt skal være fra «Tadsjikistan».' },
      { kind: 'caption', text: 'Putin i Kreml. Foto: NTB' },
      { kind: 'paragraph', text: 'Russland og Tadsjikistan har dype historiske forbindelser.' },
      { kind: 'heading', text: '«Terrorister har ingen nasjonalitet»' },
    ]);
    expect(cleaned.removed).toBe(3);
    for (const { text } of cleaned.blocks) {
      expect(text).not.toMatch(/alert|onclick|onerror|javascript|track|share|</i);
    }
  });
});
