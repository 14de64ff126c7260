// Parses articles/glossary.md (see articles/README.md) into entries, or says what is wrong and on which line.
import { parseFrontMatter } from '../article/frontMatter.ts';
import type { ArticleIssue } from '../article/types';
import { ENTRY_KINDS, isNameKind, type EntryKind, type GlossaryEntry } from './entry.ts';

export type GlossaryParseResult = { ok: true; entries: GlossaryEntry[] } | { ok: false; issues: ArticleIssue[] };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FIELD = /^([a-z-]+):\s*(.*)$/;
const KEYS = ['kind', 'nb', 'en', 'nb-forms', 'en-forms', 'case', 'definition-nb', 'definition-en', 'origin'] as const;
type Key = (typeof KEYS)[number];
const REQUIRED: readonly Key[] = ['kind', 'nb', 'en', 'definition-nb', 'definition-en'];

interface Draft {
  id: string;
  line: number;
  fields: Map<Key, string>;
}

const forms = (value: string | undefined) => (value ? value.split(',').map((f) => f.trim()).filter(Boolean) : []);

export function parseGlossaryFile(text: string, file: string): GlossaryParseResult {
  const issues: ArticleIssue[] = [];
  const report = (line: number, message: string) => issues.push({ file, line, code: 'bad-value', message });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const front = parseFrontMatter(lines);
  if (!front.ok) return { ok: false, issues: [{ file, line: front.line, code: 'front-matter', message: front.message }] };
  if (front.fields.get('format') !== '1') report(front.keyLines.get('format') ?? 1, 'the glossary needs `format: 1` in its front matter');

  const drafts: Draft[] = [];
  for (let i = front.bodyStart; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const lineNo = i + 1;
    if (line === '') continue;
    if (line.startsWith('## ')) {
      const id = line.slice(3).trim();
      if (!ID.test(id)) report(lineNo, `entry id "${id}" must be lower-case letters, digits and single hyphens`);
      else if (drafts.some((d) => d.id === id)) report(lineNo, `entry id "${id}" is used twice`);
      drafts.push({ id, line: lineNo, fields: new Map() });
      continue;
    }
    const draft = drafts.at(-1);
    const match = FIELD.exec(line);
    const key = KEYS.find((k) => k === match?.[1]);
    if (!draft) report(lineNo, 'text before the first entry: an entry starts with `## <id>`');
    else if (!match || !key) report(lineNo, `not a known \`key: value\` line: "${line}"`);
    else if (draft.fields.has(key)) report(lineNo, `\`${key}\` is given twice in entry "${draft.id}"`);
    else if ((match[2] ?? '').trim() === '') report(lineNo, `\`${key}\` is empty in entry "${draft.id}"`);
    else draft.fields.set(key, (match[2] ?? '').trim());
  }

  const entries: GlossaryEntry[] = [];
  for (const draft of drafts) {
    const missing = REQUIRED.filter((k) => !draft.fields.has(k));
    for (const key of missing) report(draft.line, `entry "${draft.id}" has no \`${key}\``);
    const kind = ENTRY_KINDS.find((k) => k === draft.fields.get('kind'));
    if (draft.fields.has('kind') && !kind) report(draft.line, `entry "${draft.id}": kind must be one of ${ENTRY_KINDS.join(', ')}`);
    const caseValue = draft.fields.get('case');
    if (caseValue !== undefined && caseValue !== 'exact') report(draft.line, `entry "${draft.id}": case can only be \`exact\``);
    if (missing.length > 0 || !kind) continue;
    const entry = toEntry(draft, kind);
    const problem = capitalProblem(entry);
    if (problem) report(draft.line, `entry "${draft.id}": ${problem}`);
    else entries.push(entry);
  }
  if (drafts.length === 0 && issues.length === 0) report(front.bodyStart, 'the glossary has no entries');
  return issues.length > 0 ? { ok: false, issues } : { ok: true, entries };
}

const startsUpper = (text: string) => /^[\p{Lu}\p{N}]/u.test(text);

/** Bokmål capitalises names only: a name's headwords start with a capital, a word's bokmål headword does not; a wrong kind shows. */
function capitalProblem({ kind, terms }: GlossaryEntry): string | undefined {
  const [nb = '', en = ''] = [terms.nb[0], terms.en[0]];
  if (isNameKind(kind)) {
    if (!startsUpper(nb) || !startsUpper(en)) return `a name (kind ${kind}) starts with a capital letter in both languages ("${nb}", "${en}")`;
  } else if (startsUpper(nb)) {
    return `"${nb}" starts with a capital letter, as a name does: give it kind person, place or organisation, or write the word in lower case`;
  }
  return undefined;
}

function toEntry({ id, fields }: Draft, kind: EntryKind): GlossaryEntry {
  const get = (key: Key) => fields.get(key) ?? '';
  const entry: GlossaryEntry = {
    id,
    kind,
    terms: { nb: [get('nb'), ...forms(fields.get('nb-forms'))], en: [get('en'), ...forms(fields.get('en-forms'))] },
    definitions: { nb: get('definition-nb'), en: get('definition-en') },
  };
  if (fields.get('case') === 'exact') entry.caseSensitive = true;
  const origin = fields.get('origin');
  if (origin) entry.origin = origin;
  return entry;
}
