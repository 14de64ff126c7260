// Pairs the nb and en files of each article folder block for block, and checks the whole set (every version there, ids unique).
import { LANGS, type Lang } from '../lang.ts';
import { parseArticleFile } from './parseArticleFile.ts';
import type { ArticleIssue, ArticlePair, ArticleVersion } from './types';

export interface ArticleFile {
  /** Path relative to the repository, e.g. `articles/000-x/nb.md`; the folder groups the versions. */
  path: string;
  text: string;
}

export interface ArticleSet {
  articles: ArticlePair[];
  issues: ArticleIssue[];
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

export function pairArticleFiles(files: readonly ArticleFile[]): ArticleSet {
  const issues: ArticleIssue[] = [];
  const folders = new Map<string, Map<Lang, { file: string; version: ArticleVersion | undefined }>>();

  for (const { path, text } of files) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const lang = LANGS.find((l) => name === `${l}.md`);
    if (!lang) {
      issues.push({ file: path, line: 1, code: 'bad-value', message: 'an article file must be named nb.md or en.md' });
      continue;
    }
    const parsed = parseArticleFile(text, path);
    let version: ArticleVersion | undefined;
    if (!parsed.ok) issues.push(...parsed.issues);
    else if (parsed.version.meta.lang !== lang) {
      issues.push({ file: path, line: 1, code: 'bad-value', message: `lang is "${parsed.version.meta.lang}" but the file is ${name}` });
    } else version = parsed.version;
    const versions = folders.get(folderOf(path)) ?? new Map();
    versions.set(lang, { file: path, version });
    folders.set(folderOf(path), versions);
  }

  const articles: ArticlePair[] = [];
  const firstFileOfId = new Map<string, string>();
  for (const [folder, versions] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const missing = LANGS.filter((l) => !versions.has(l));
    for (const lang of missing) {
      const present = [...versions.values()][0]?.file ?? folder;
      issues.push({ file: present, line: 1, code: 'missing-version', message: `${folder} has no ${lang}.md: every article needs both versions` });
    }
    const nb = versions.get('nb');
    const en = versions.get('en');
    if (!nb?.version || !en?.version) continue;

    const pairIssues = comparePair(nb.file, nb.version, en.file, en.version);
    issues.push(...pairIssues);
    const id = nb.version.meta.id;
    const earlier = firstFileOfId.get(id);
    if (earlier) {
      issues.push({ file: nb.file, line: 1, code: 'duplicate-id', message: `id "${id}" is already used by ${earlier}` });
      continue;
    }
    firstFileOfId.set(id, nb.file);
    if (pairIssues.length > 0) continue;
    const { source, date, original } = nb.version.meta;
    articles.push({ id, source, date, original, versions: { nb: nb.version, en: en.version } });
  }
  return { articles, issues };
}

/** Both versions must describe the same article and have the same blocks, kinds and line counts, in order. */
function comparePair(nbFile: string, nb: ArticleVersion, enFile: string, en: ArticleVersion): ArticleIssue[] {
  const issues: ArticleIssue[] = [];
  for (const key of ['id', 'source', 'date', 'original'] as const) {
    if (nb.meta[key] !== en.meta[key]) {
      issues.push({ file: enFile, line: 1, code: 'unpaired', message: `${key} is "${en.meta[key]}" here but "${nb.meta[key]}" in ${nbFile}` });
    }
  }
  const count = Math.min(nb.blocks.length, en.blocks.length);
  for (let i = 0; i < count; i++) {
    const a = nb.blocks[i];
    const b = en.blocks[i];
    if (!a || !b) break;
    const lineA = nb.blockLines[i] ?? 1;
    const lineB = en.blockLines[i] ?? 1;
    const describe = (block: typeof a) => (block.box ? `${block.kind} in a ${block.box.kind} box` : block.kind);
    if (a.kind !== b.kind || a.box?.kind !== b.box?.kind || a.box?.index !== b.box?.index) {
      issues.push({
        file: enFile,
        line: lineB,
        code: 'unpaired',
        message: `block ${i + 1} is a ${describe(b)} here but a ${describe(a)} in ${nbFile}:${lineA}`,
      });
      return issues; // everything after a shifted block would be reported too; the first is the one to fix
    }
    if (a.segments.length !== b.segments.length) {
      issues.push({
        file: enFile,
        line: lineB,
        code: 'unpaired',
        message: `block ${i + 1} has ${b.segments.length} line(s) here but ${a.segments.length} in ${nbFile}:${lineA}; each line pairs with the line at the same place`,
      });
    }
  }
  if (nb.blocks.length !== en.blocks.length) {
    const longer = nb.blocks.length > en.blocks.length ? { file: nbFile, v: nb } : { file: enFile, v: en };
    issues.push({
      file: longer.file,
      line: longer.v.blockLines[count] ?? 1,
      code: 'unpaired',
      message: `${nbFile} has ${nb.blocks.length} blocks and ${enFile} has ${en.blocks.length}; this block has no counterpart`,
    });
  }
  return issues;
}

export function formatArticleIssue(issue: ArticleIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}`;
}
