// HTML to blocks: the kinds, what is dropped, and that no markup or attribute gets through.
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './html';

describe('htmlToBlocks', () => {
  it('maps elements to block kinds and keeps inline text inline', () => {
    const { blocks, meta } = htmlToBlocks(`
      <h1>Russland kan <em>miste</em> alliert</h1>
      <p>Terroristene skal være fra <a href="/t">Tadsjikistan</a>.<br>Det <strong>sier</strong> de.</p>
      <h2>Krevde respekt</h2><h3>Bakgrunn</h3>
      <blockquote><p>Terrorister har ingen nasjonalitet.</p></blockquote>
      <ul><li>Ett</li><li>To <b>punkt</b></li></ul>
      <figure><img src="x.jpg" alt="Putin"><figcaption>Putin. Foto: NTB</figcaption></figure>
      <h1>Enda en h1</h1>
      <section>Tekst i en seksjon</section>`);
    expect(meta.title).toBe('Russland kan miste alliert');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Terroristene skal være fra Tadsjikistan. Det sier de.' },
      { kind: 'heading', text: 'Krevde respekt' },
      { kind: 'subheading', text: 'Bakgrunn' },
      { kind: 'quote', text: 'Terrorister har ingen nasjonalitet.' },
      { kind: 'list', text: 'Ett' },
      { kind: 'list', text: 'To punkt' },
      { kind: 'caption', text: 'Putin. Foto: NTB' },
      { kind: 'heading', text: 'Enda en h1' },
      { kind: 'paragraph', text: 'Tekst i en seksjon' },
    ]);
  });

  it('drops code, embeds, forms and site chrome with all they hold, and never outputs an attribute', () => {
    const { blocks } = htmlToBlocks(`
      <header><a href="/">Avisa</a><nav><a href="/sport">Sport</a></nav></header>
      <script>alert("x")</script><style>p { color: red }</style><noscript>Slå på JavaScript</noscript>
      <template><p>mal</p></template><iframe src="https://ads.example">annonse</iframe>
      <svg><title>ikon</title><path d="M0 0"/></svg><canvas>lerret</canvas><object data="x">objekt</object>
      <form><label>Søk</label><input value="søkeord"><button>Send</button><select><option>Valg</option></select></form>
      <p title="tittel-attributt" onclick="steal()">Bare <img src=x onerror="alert(2)">dette</p>
      <footer>© Avisa</footer>`);
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Bare dette' }]);
  });

  it('keeps the <header> inside an article, which holds its title and lead', () => {
    const { blocks, meta } = htmlToBlocks('<header>Avisa</header><article><header><h1>Tittel</h1><p>Ingress.</p></header><p>Brødtekst.</p></article>');
    expect(meta.title).toBe('Tittel');
    expect(blocks.map((b) => b.text)).toEqual(['Ingress.', 'Brødtekst.']);
  });

  it('decodes entities and never turns decoded text back into markup', () => {
    const { blocks } = htmlToBlocks('<p>Bl&aring;b&aelig;r &amp; &#229;l &lt;script&gt;x&lt;/script&gt;&nbsp;&#8211; ok</p>');
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Blåbær & ål <script>x</script> – ok' }]);
  });

  it('reads the metadata from <title>, og: tags and <time>', () => {
    const head = `<head><title>Sak | Avisa</title><meta property="og:title" content="OG-tittel">
      <meta property="og:site_name" content="Avisa"><meta property="article:published_time" content="2024-03-23T10:00:00+01:00"></head>`;
    expect(htmlToBlocks(`<html>${head}<body><p>Tekst</p></body></html>`).meta).toEqual({ title: 'OG-tittel', source: 'Avisa', date: '2024-03-23' });
    expect(htmlToBlocks('<title>Sak | Avisa</title><meta name="application-name" content="NRK"><p>T <time datetime="2024-03-24">i går</time></p>').meta).toEqual({
      title: 'Sak | Avisa',
      source: 'NRK',
      date: '2024-03-24',
    });
    expect(htmlToBlocks('<time datetime="for lenge siden">x</time>').meta).toEqual({});
  });

  it('keeps a sentence one block around a dropped inline button or icon', () => {
    expect(htmlToBlocks('<p>Klikk <button>her</button> eller <a href="#"><svg><path d="M0"/></svg>les videre</a>.</p>').blocks).toEqual([
      { kind: 'paragraph', text: 'Klikk eller les videre.' },
    ]);
  });

  it('splits text around nested blocks without losing any', () => {
    expect(htmlToBlocks('<div>Før <div>inni</div> etter</div>').blocks.map((b) => b.text)).toEqual(['Før', 'inni', 'etter']);
  });

  it('ends a paragraph at two <br> in a row, and at every <br> when all the text sits in one element', () => {
    expect(htmlToBlocks('<p>Første avsnitt.<br> <br>Andre avsnitt.<br>Samme avsnitt.</p>').blocks).toEqual([
      { kind: 'paragraph', text: 'Første avsnitt.' },
      { kind: 'paragraph', text: 'Andre avsnitt. Samme avsnitt.' },
    ]);
    expect(htmlToBlocks('<html><body><div>Første linje.<br>Andre linje.<br/>Tredje linje.</div></body></html>').blocks).toEqual([
      { kind: 'paragraph', text: 'Første linje.' },
      { kind: 'paragraph', text: 'Andre linje.' },
      { kind: 'paragraph', text: 'Tredje linje.' },
    ]);
  });
});
