// Reading a chosen glossary file into an import preview: decode its bytes, parse CSV or JSON, plan against the stored terms.
// Pure (no DOM, no store) so it runs in the glossary-file worker, off the page's thread.
import { snowballStemmers } from '../../core/glossary/snowballStemmers';
import { decodeText, looksLikeJson, type BinaryKind, type TextEncodingName } from '../../core/import/textBytes';
import { parseCsv } from '../../core/personal/csv';
import type { ParsedImport } from '../../core/personal/importRow';
import { parseJson } from '../../core/personal/json';
import type { PersonalTerm } from '../../core/personal/personalTerm';
import { planImport, type ImportPlan } from '../../core/personal/planImport';
import { toPersonalTerms } from './importTerms';

export type GlossaryFileKind = 'csv' | 'json';

export type GlossaryFileRead =
  | { kind: 'binary'; fileKind?: BinaryKind }
  | { kind: 'json-in-csv' }
  | { kind: 'preview'; fileKind: GlossaryFileKind; parsed: ParsedImport; plan: ImportPlan; terms: PersonalTerm[]; encoding: TextEncodingName };

/** By the file's extension; failing that, JSON when the text starts with `{`. */
export function kindOf(name: string, text: string): GlossaryFileKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return text.replace(/^\uFEFF/u, '').trimStart().startsWith('{') ? 'json' : 'csv';
}

/** What a file would add to the glossary as it is (`existing`) at `now`; new ids from `newId`. */
export function readGlossaryFile(name: string, bytes: Uint8Array, existing: readonly PersonalTerm[], now: number, newId: () => string): GlossaryFileRead {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded.kind === undefined ? { kind: 'binary' } : { kind: 'binary', fileKind: decoded.kind };
  const { text, encoding } = decoded;
  const fileKind = kindOf(name, text);
  if (fileKind === 'csv' && looksLikeJson(text)) return { kind: 'json-in-csv' };
  const parsed = fileKind === 'json' ? parseJson(text) : parseCsv(text);
  const plan = planImport(parsed.rows, existing, snowballStemmers);
  const terms = toPersonalTerms(plan.add, new Set(existing.map((term) => term.id)), now, newId);
  return { kind: 'preview', fileKind, parsed, plan, terms, encoding };
}
