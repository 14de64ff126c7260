import { describe, expect, it } from 'vitest';
import { formatArticleIssue, pairArticleFiles, type ArticleFile } from './pairArticles';

const front = (lang: string, extra = '') =>
  `---\nid: sample\nlang: ${lang}\ntitle: ${lang === 'nb' ? 'Tittel' : 'Title'}\nsource: Avis\ndate: 2024-03-25\noriginal: nb\ntranslation: ${lang === 'nb' ? 'original' : 'tolk'}\n${extra}---\n`;

const NB_BODY = `
::: lead
Første setning.
:::

En setning. 
To setninger.

## Overskrift

> – Et sitat!

::: factbox Faktaboks
### Hva skjedde?
Svar.
:::

- Punkt en.
- Punkt to.

! Bilde. Foto: NTB
`;
const EN_BODY = `
::: lead
First sentence.
:::

A sentence.
Two sentences.

## Heading

> – A quote!

::: factbox Fact box

### What happened?

Answer.

:::

- Point one.
- Point two.

! Picture. Photo: NTB
`;

const pair = (nb: string, en: string): ArticleFile[] => [
  { path: 'articles/001-sample/nb.md', text: nb },
  { path: 'articles/001-sample/en.md', text: en },
];

describe('pairArticleFiles', () => {
  it('reads both versions into paired blocks and segments', () => {
    const { articles, issues } = pairArticleFiles(pair(front('nb') + NB_BODY, front('en') + EN_BODY));
    expect(issues).toEqual([]);
    const [article] = articles;
    expect(article?.id).toBe('sample');
    const nb = article?.versions.nb;
    const en = article?.versions.en;
    expect(nb?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'quote', 'box-title', 'subheading', 'paragraph', 'list', 'caption']);
    expect(en?.blocks.map((b) => b.segments.length)).toEqual(nb?.blocks.map((b) => b.segments.length));
    expect(nb?.blocks[1]?.segments).toEqual(['En setning.', 'To setninger.']);
    expect(nb?.blocks[0]?.box).toEqual({ kind: 'lead', index: 0 });
    expect(en?.blocks[4]).toEqual({ kind: 'box-title', segments: ['Fact box'], box: { kind: 'factbox', index: 1 } });
    expect(en?.blocks[6]?.box?.kind).toBe('factbox');
    expect(en?.blocks[7]?.box).toBeUndefined();
    expect(nb?.meta.title).toBe('Tittel');
    expect([nb?.meta.translation, en?.meta.translation]).toEqual(['original', 'tolk']);
    expect(en?.words).toBeGreaterThan(10);
  });

  const broken: [string, ArticleFile[], RegExp][] = [
    ['a missing language version', [{ path: 'articles/001-sample/nb.md', text: front('nb') + NB_BODY }], /^articles\/001-sample\/nb\.md:1: .*has no en\.md/],
    ['unequal paragraph pairs', pair(front('nb') + NB_BODY, front('en') + EN_BODY.replace('Two sentences.', '')), /^articles\/001-sample\/en\.md:15: block 2 has 1 line\(s\) here but 2 in articles\/001-sample\/nb\.md:15/],
    ['a block of another kind', pair(front('nb') + NB_BODY, front('en') + EN_BODY.replace('## Heading', 'Heading')), /en\.md:18: block 3 is a paragraph here but a heading in articles\/001-sample\/nb\.md:18/],
    ['a missing block', pair(front('nb') + NB_BODY, front('en') + EN_BODY.replace('! Picture. Photo: NTB', '')), /nb\.md:30: .*has 9 blocks .* has 8; this block has no counterpart/],
    ['front matter never closed', pair('---\nid: sample\n', front('en') + EN_BODY), /nb\.md:3: the front matter is never closed/],
    ['front matter that is not key: value', pair(front('nb', 'just words\n') + NB_BODY, front('en') + EN_BODY), /nb\.md:9: front matter line is not `key: value`/],
    ['no front matter', pair(NB_BODY, front('en') + EN_BODY), /nb\.md:1: the file must start with front matter/],
    ['an empty title', pair(front('nb').replace('title: Tittel', 'title:'), front('en') + EN_BODY), /nb\.md:4: the title is empty/],
    ['a missing key', pair(front('nb').replace('source: Avis\n', '') + NB_BODY, front('en') + EN_BODY), /nb\.md:1: front matter has no `source`/],
    ['a bad date', pair(front('nb').replace('2024-03-25', '25.03.2024') + NB_BODY, front('en') + EN_BODY), /nb\.md:6: date "25.03.2024"/],
    ['lang that disagrees with the file name', pair(front('en') + NB_BODY, front('en') + EN_BODY), /nb\.md:1: lang is "en" but the file is nb\.md/],
    ['an unclosed box', pair(front('nb') + NB_BODY.replace(':::\n\n- Punkt', '\n- Punkt'), front('en') + EN_BODY), /nb\.md:\d+: the factbox box opened here is never closed/],
    ['a missing translation', pair(front('nb').replace('translation: original\n', '') + NB_BODY, front('en') + EN_BODY), /nb\.md:1: front matter has no `translation`/],
    ['an unknown translation', pair(front('nb') + NB_BODY, front('en').replace('translation: tolk', 'translation: google') + EN_BODY), /en\.md:8: translation "google" must be one of original, tolk, published, machine-published/],
    ['a translation that calls itself the original', pair(front('nb') + NB_BODY, front('en').replace('translation: tolk', 'translation: original') + EN_BODY), /en\.md:8: this version translates the nb version, so translation cannot be original/],
    ['an original said to be a translation', pair(front('nb').replace('translation: original', 'translation: tolk') + NB_BODY, front('en') + EN_BODY), /nb\.md:8: this is the text the other version was translated from \(original: nb\), so Tolk did not write it/],
    ['an unknown box', pair(front('nb') + NB_BODY.replace('::: factbox', '::: sidebar'), front('en') + EN_BODY), /nb\.md:\d+: unknown box "sidebar"/],
  ];

  it.each(broken)('names the file, line and problem for %s', (_, files, expected) => {
    const { articles, issues } = pairArticleFiles(files);
    expect(articles).toEqual([]);
    expect(issues.map(formatArticleIssue)).toContainEqual(expect.stringMatching(expected));
  });

  it('rejects a duplicate id in another folder and keeps the first article', () => {
    const files = [...pair(front('nb') + NB_BODY, front('en') + EN_BODY), { path: 'articles/002-copy/nb.md', text: front('nb') + NB_BODY }, { path: 'articles/002-copy/en.md', text: front('en') + EN_BODY }];
    const { articles, issues } = pairArticleFiles(files);
    expect(articles.map((a) => a.id)).toEqual(['sample']);
    expect(issues.map(formatArticleIssue)).toEqual(['articles/002-copy/nb.md:1: id "sample" is already used by articles/001-sample/nb.md']);
  });
});
