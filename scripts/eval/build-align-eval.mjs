// Builds the alignment evaluation set in eval/align/ from the Debian Administrator's Handbook (Debian package debian-handbook).
//
// Usage: apt-get download debian-handbook && dpkg -x debian-handbook_*.deb /tmp/dh
//        node scripts/eval/build-align-eval.mjs /tmp/dh/usr/share/doc/debian-handbook/html
// The nb-NO and en-US HTML are built from one DocBook source, paragraph for paragraph, so within a page the
// n-th block of one language translates the n-th of the other: that is the gold alignment. Pages whose block
// counts differ are left out, and so are blocks left untranslated (the same text on both sides).
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';

const root = process.argv[2];
if (!root) throw new Error('usage: build-align-eval.mjs <debian-handbook html folder>');
const out = new URL('../../eval/align/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

/** The text blocks of one page: headings, paragraphs and list items, in order; code listings, index terms and navigation left out. */
function blocksOf(html) {
  const blocks = [];
  const stack = [];
  let buffer = null;
  let kind = 'paragraph';
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const cls = attrs.class ?? '';
        const skipped = name === 'pre' || cls === 'docnav' || cls === 'indexterm' || name === 'script' || name === 'head' || cls === 'toc' || cls === 'titlepage book';
        const opens = !skipped && skip === 0 && buffer === null && (/^h[1-6]$/.test(name) || (name === 'div' && cls === 'para') || (name === 'p' && cls !== 'title'));
        stack.push({ name, skipped, opens });
        if (skipped) skip++;
        if (opens) {
          buffer = '';
          kind = /^h[1-6]$/.test(name) ? 'heading' : stack.some((e) => e.name === 'li') ? 'list' : 'paragraph';
        }
      },
      ontext(text) {
        if (buffer !== null && skip === 0) buffer += text;
      },
      onclosetag() {
        const open = stack.pop();
        if (open?.skipped) skip--;
        if (open?.opens) {
          const text = buffer.replace(/\s+/g, ' ').trim();
          if (text) blocks.push({ kind, text });
          buffer = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return blocks;
}

const pages = [];
let skippedPages = 0;
for (const file of readdirSync(join(root, 'en-US')).filter((f) => f.endsWith('.html')).sort()) {
  const en = blocksOf(readFileSync(join(root, 'en-US', file), 'utf8'));
  const nb = blocksOf(readFileSync(join(root, 'nb-NO', file), 'utf8'));
  if (en.length !== nb.length || en.length === 0) {
    skippedPages++;
    continue;
  }
  const pairs = [];
  for (let k = 0; k < en.length; k++) if (en[k].text !== nb[k].text && en[k].kind === nb[k].kind) pairs.push({ kind: en[k].kind, nb: nb[k].text, en: en[k].text });
  pages.push({ file, pairs });
}
const all = pages.flatMap((p) => p.pairs);
console.log(`${pages.length} pages kept, ${skippedPages} left out; ${all.length} translated blocks`);

// A small deterministic generator (mulberry32), so the same package gives the same set.
let seed = 20220922;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (n) => Math.floor(random() * n);

// A sentence end near the middle of a paragraph, where a translator might have split it.
function splitPoint(text) {
  const ends = [...text.matchAll(/[.!?:] (?=[A-ZÆØÅ])/g)].map((m) => m.index + 1);
  if (ends.length === 0) return -1;
  return ends.reduce((best, e) => (Math.abs(e - text.length / 2) < Math.abs(best - text.length / 2) ? e : best));
}

const EDITS = ['merge', 'split', 'drop'];
/**
 * One section: a run of SECTION_PAIRS translated blocks from one page, with EDITS_PER_SECTION edits, each on
 * a random side: two neighbouring paragraphs merged into one, one paragraph split at a sentence end near its
 * middle, or a paragraph dropped. Edits keep two blocks apart and leave headings alone; every section gets
 * each kind of edit at least once. Units carry the ids of the gold pairs they hold, so gold links follow.
 */
function perturb(pairs) {
  const units = { nb: pairs.map((p, k) => ({ kind: p.kind, text: p.nb, ids: [k] })), en: pairs.map((p, k) => ({ kind: p.kind, text: p.en, ids: [k] })) };
  const edits = [];
  const used = new Set();
  const kinds = [...EDITS, ...EDITS.map(() => EDITS[pick(3)])];
  for (const edit of kinds) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const side = random() < 0.5 ? 'nb' : 'en';
      const k = 1 + pick(pairs.length - 3);
      if ([k - 2, k - 1, k, k + 1, k + 2].some((x) => used.has(x))) continue;
      if (pairs[k].kind === 'heading' || (edit === 'merge' && pairs[k + 1].kind === 'heading')) continue;
      if (edit === 'split' && splitPoint(pairs[k][side]) < 0) continue;
      used.add(k);
      if (edit === 'merge') used.add(k + 1);
      edits.push({ edit, side, id: k });
      break;
    }
  }
  // Applied from the end so that earlier positions stay valid.
  for (const { edit, side, id } of [...edits].sort((a, b) => b.id - a.id)) {
    const list = units[side];
    const at = list.findIndex((u) => u.ids.includes(id));
    const unit = list[at];
    if (edit === 'drop') list.splice(at, 1);
    if (edit === 'merge') list.splice(at, 2, { kind: unit.kind, text: `${unit.text} ${list[at + 1].text}`, ids: [...unit.ids, ...list[at + 1].ids] });
    if (edit === 'split') {
      const cut = splitPoint(unit.text);
      list.splice(at, 1, { kind: unit.kind, text: unit.text.slice(0, cut), ids: [id] }, { kind: unit.kind, text: unit.text.slice(cut + 1), ids: [id] });
    }
  }
  // A gold link is a group of units joined through shared pair ids (a merge joins two pairs into one link).
  const gold = [];
  for (let id = 0; id < pairs.length; id++) {
    const nb = units.nb.flatMap((u, k) => (u.ids.includes(id) ? [k] : []));
    const en = units.en.flatMap((u, k) => (u.ids.includes(id) ? [k] : []));
    const joined = gold.find((g) => g.nb.some((x) => nb.includes(x)) || g.en.some((x) => en.includes(x)));
    if (joined === undefined) gold.push({ nb, en });
    else {
      joined.nb = [...new Set([...joined.nb, ...nb])].sort((x, y) => x - y);
      joined.en = [...new Set([...joined.en, ...en])].sort((x, y) => x - y);
    }
  }
  return { edits: edits.sort((a, b) => a.id - b.id), nb: units.nb.map(({ kind, text }) => ({ kind, text })), en: units.en.map(({ kind, text }) => ({ kind, text })), gold };
}

const SECTION_PAIRS = 30;
const SECTIONS = 24;
const long = pages.filter((p) => p.pairs.length >= SECTION_PAIRS + 5);
const sections = [];
for (let s = 0; s < SECTIONS; s++) {
  const page = long[Math.floor((s * long.length) / SECTIONS)];
  const start = pick(page.pairs.length - SECTION_PAIRS);
  sections.push({ name: `${page.file.replace(/\.html$/, '')}@${start}`, ...perturb(page.pairs.slice(start, start + SECTION_PAIRS)) });
}
writeFileSync(join(out, 'sections.json.gz'), gzipSync(JSON.stringify(sections)));

// The clean whole document: the book's first 1,800 translated blocks in page order (about 470 KB a side); its
// first 220 KB make the shorter clean document.
const clean = (count) => all.slice(0, count).map((p) => ({ kind: p.kind, nb: p.nb, en: p.en }));
const book = clean(1800);
const size = (side) => book.reduce((sum, p) => sum + p[side].length + 2, 0);
console.log(`${sections.length} sections; clean document: ${book.length} blocks, ${size('nb')} / ${size('en')} characters`);
writeFileSync(join(out, 'clean-book.json.gz'), gzipSync(JSON.stringify(book)));
