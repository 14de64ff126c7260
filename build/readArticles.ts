// Reads articles/ from disk and runs the core checks on it; shared by the Vite plugin and the tests.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatArticleIssue, pairArticleFiles, type ArticleFile } from '../src/core/article/pairArticles.ts';
import type { GlossaryEntry } from '../src/core/glossary/entry.ts';
import { parseGlossaryFile } from '../src/core/glossary/parseGlossaryFile.ts';
import { LANGS, type Lang } from '../src/core/lang.ts';
import { createLexicon } from '../src/core/lexicon/createLexicon.ts';
import { LEXICON_FILE_NAMES } from '../src/core/lexicon/files.ts';
import { termForms } from '../src/core/lexicon/termForms.ts';
import type { Lexicon } from '../src/core/lexicon/types.ts';
import type { ShippedArticle, ShippedArticles } from '../src/db/seed';

export type { ShippedArticle, ShippedArticles };

export function articleFilesIn(root: string): ArticleFile[] {
  const dir = join(root, 'articles');
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .flatMap((folder) =>
      readdirSync(join(dir, folder))
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => {
          const path = join(dir, folder, name);
          return { path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') };
        }),
    );
}

export type LoadResult = { ok: true; shipped: ShippedArticles; files: string[] } | { ok: false; errors: string[]; files: string[] };

export function loadShippedArticles(root: string): LoadResult {
  const files = articleFilesIn(root);
  const { articles, issues } = pairArticleFiles(files);
  const glossaryPath = join(root, 'articles', 'glossary.md');
  const glossary = parseGlossaryFile(readFileSync(glossaryPath, 'utf8'), 'articles/glossary.md');
  if (!glossary.ok) issues.push(...glossary.issues);
  const paths = [...files.map((f) => join(root, f.path)), glossaryPath];
  if (issues.length > 0 || !glossary.ok) return { ok: false, errors: issues.map(formatArticleIssue), files: paths };
  const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
  const shipped = articles.map((article) => ({ hash: hashOf(article), article }));
  const entries = withLexiconForms(root, glossary.entries);
  const version = hashOf([shipped.map((s) => s.hash), hashOf(entries)]);
  return { ok: true, shipped: { version, articles: shipped, glossary: entries }, files: paths };
}

// One lexicon per root: a build reads the articles three times (check, version, chunk), and loading it takes a while.
const lexicons = new Map<string, Lexicon>();

function lexiconAt(root: string): Lexicon {
  let lexicon = lexicons.get(root);
  if (!lexicon) {
    const read = (name: string) => readFileSync(join(root, 'public', 'lexicon', name), 'utf8');
    lexicon = createLexicon({
      nob: read(LEXICON_FILE_NAMES.nob),
      engNor: read(LEXICON_FILE_NAMES.engNor),
      eng: read(LEXICON_FILE_NAMES.eng),
      nobEng: read(LEXICON_FILE_NAMES.nobEng),
      nobEngDan: read(LEXICON_FILE_NAMES.nobEngDan),
    });
    lexicons.set(root, lexicon);
  }
  return lexicon;
}

/**
 * The editorial concepts with every form of their single-word terms from the lexicon (bok: bøker; gå: gikk), so the
 * matcher marks irregular forms. Done here, at build time, so the reader never loads the lexicon to mark the glossary.
 */
export function withLexiconForms(root: string, entries: GlossaryEntry[]): GlossaryEntry[] {
  const lexicon = lexiconAt(root);
  return entries.map((entry) => {
    if (entry.kind !== 'concept' || entry.caseSensitive === true) return entry;
    const lexiconForms: Partial<Record<Lang, string[]>> = {};
    for (const lang of LANGS) {
      const forms = [...new Set(entry.terms[lang].flatMap((term) => termForms(lexicon, term, lang)))];
      const terms = new Set(entry.terms[lang].map((t) => t.toLowerCase()));
      const extra = forms.filter((f) => !terms.has(f.toLowerCase()));
      if (extra.length > 0) lexiconForms[lang] = extra;
    }
    return Object.keys(lexiconForms).length > 0 ? { ...entry, lexiconForms } : entry;
  });
}
