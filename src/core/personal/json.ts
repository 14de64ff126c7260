// Personal terms as a JSON backup ({ format: "tolk-glossary", version: 1, terms }) and back, every field kept.
import { isRecord as isObject, personalTermProblem, toPersonalTerm } from '../records/rules';
import { MAX_IMPORT_RECORDS } from './importLimits';
import type { ParsedImport, RejectedRow } from './importRow';
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
 * Reads a toJson file. Not JSON: bad-json at line 0; JSON of format "tolk-glossary" but a newer version: newer-version;
 * otherwise not version 1 with a `terms` array: bad-format; more than MAX_IMPORT_RECORDS terms: too-many (all at line 0).
 * A term is checked by the rules every stored term meets (src/core/records/rules.ts) and rejected at its position
 * (1-based) with the first field that breaks one. Unknown extra fields are ignored.
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
  const version = isObject(data) ? data['version'] : undefined;
  if (isObject(data) && data['format'] === JSON_FORMAT && typeof version === 'number' && version > JSON_VERSION) {
    result.rejected.push({ line: 0, problem: 'newer-version' });
    return result;
  }
  if (!isObject(data) || data['format'] !== JSON_FORMAT || version !== JSON_VERSION || !Array.isArray(data['terms'])) {
    result.rejected.push({ line: 0, problem: 'bad-format' });
    return result;
  }
  if (data['terms'].length > MAX_IMPORT_RECORDS) {
    result.rejected.push({ line: 0, problem: 'too-many' });
    return result;
  }
  data['terms'].forEach((item: unknown, index: number) => {
    const line = index + 1;
    const problem = personalTermProblem(item);
    if (problem !== undefined && isObject(item)) {
      result.rejected.push(rejection(line, problem));
      return;
    }
    if (!isObject(item)) {
      result.rejected.push({ line, problem: 'bad-format' });
      return;
    }
    const term = toPersonalTerm(item);
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

/** Problems with the two terms keep the codes the CSV import uses; any other field is a bad-field naming it. */
function rejection(line: number, problem: NonNullable<ReturnType<typeof personalTermProblem>>): RejectedRow {
  const side = problem.field === 'terms.nb' ? 'nb' : problem.field === 'terms.en' ? 'en' : undefined;
  if (problem.problem === 'both-empty') return { line, problem: 'both-empty' };
  if (side !== undefined && (problem.problem === 'empty' || problem.problem === 'too-long' || problem.problem === 'no-letters')) {
    return { line, problem: problem.problem, field: side };
  }
  return { line, problem: 'bad-field', detail: problem };
}
