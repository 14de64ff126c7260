// Personal terms as a JSON backup ({ format: "tolk-glossary", version: 1, terms }) and back, every field kept.
import type { ParsedImport } from './importRow';
import { addRow } from './importRow';
import type { PersonalTerm, PersonalTermContext } from './personalTerm';
import { contextText } from './personalTerm';

export const JSON_FORMAT = 'tolk-glossary';
export const JSON_VERSION = 1;

/** Pretty-printed, fields in a fixed order, only the fields of PersonalTerm (nothing a caller added rides along). */
export function toJson(terms: readonly PersonalTerm[]): string {
  const out = terms.map((term) => ({
    id: term.id,
    terms: { nb: term.terms.nb, en: term.terms.en },
    note: term.note,
    ...(term.context === undefined ? {} : { context: pickContext(term.context) }),
    createdAt: term.createdAt,
    updatedAt: term.updatedAt,
  }));
  return `${JSON.stringify({ format: JSON_FORMAT, version: JSON_VERSION, terms: out }, null, 2)}\n`;
}

function pickContext(context: PersonalTermContext): PersonalTermContext {
  return { articleId: context.articleId, block: context.block, seg: context.seg, nb: context.nb, en: context.en };
}

/**
 * Reads a toJson file. Not JSON: bad-json at line 0; JSON but not format "tolk-glossary" version 1
 * with a `terms` array: bad-format at line 0; a term missing a field or with a field of the wrong
 * type: bad-format at its position (1-based). Unknown extra fields are ignored.
 */
export function parseJson(text: string): ParsedImport {
  const result: ParsedImport = { rows: [], rejected: [] };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    result.rejected.push({ line: 0, problem: 'bad-json' });
    return result;
  }
  if (!isObject(data) || data['format'] !== JSON_FORMAT || data['version'] !== JSON_VERSION || !Array.isArray(data['terms'])) {
    result.rejected.push({ line: 0, problem: 'bad-format' });
    return result;
  }
  data['terms'].forEach((item: unknown, index: number) => {
    const line = index + 1;
    const term = readTerm(item);
    if (term === undefined) {
      result.rejected.push({ line, problem: 'bad-format' });
      return;
    }
    addRow(result, line, {
      nb: term.terms.nb,
      en: term.terms.en,
      note: term.note,
      ...(term.context === undefined ? {} : { context: contextText(term.context) }),
      record: term,
    });
  });
  return result;
}

function readTerm(item: unknown): PersonalTerm | undefined {
  if (!isObject(item)) return undefined;
  const { id, terms, note, context, createdAt, updatedAt } = item;
  if (typeof id !== 'string' || id === '' || typeof note !== 'string' || !isTime(createdAt) || !isTime(updatedAt)) return undefined;
  if (!isObject(terms) || typeof terms['nb'] !== 'string' || typeof terms['en'] !== 'string') return undefined;
  const term: PersonalTerm = { id, terms: { nb: terms['nb'], en: terms['en'] }, note, createdAt, updatedAt };
  if (context === undefined) return term;
  const read = readContext(context);
  if (read === undefined) return undefined;
  term.context = read;
  return term;
}

function readContext(value: unknown): PersonalTermContext | undefined {
  if (!isObject(value)) return undefined;
  const { articleId, block, seg, nb, en } = value;
  if (typeof articleId !== 'string' || !isIndex(block) || !isIndex(seg) || typeof nb !== 'string' || typeof en !== 'string') return undefined;
  return { articleId, block, seg, nb, en };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
