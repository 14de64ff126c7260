// Reads the `---` front matter of an article or glossary file: one `key: value` a line, nothing nested.
export type FrontMatter =
  | { ok: true; fields: Map<string, string>; keyLines: Map<string, number>; bodyStart: number }
  | { ok: false; line: number; message: string };

const FIELD = /^([A-Za-z][\w-]*):(?:\s+(.*))?$/;

/** `lines` are the file's lines; `bodyStart` is the index of the first line after the closing `---`. */
export function parseFrontMatter(lines: readonly string[]): FrontMatter {
  if (lines[0]?.trim() !== '---') return { ok: false, line: 1, message: 'the file must start with front matter: a line `---`' };
  const fields = new Map<string, string>();
  const keyLines = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '---') return { ok: true, fields, keyLines, bodyStart: i + 1 };
    if (line === '' || line.startsWith('#')) continue;
    const match = FIELD.exec(line);
    if (!match) return { ok: false, line: i + 1, message: `front matter line is not \`key: value\`: "${line}"` };
    const key = match[1] ?? '';
    if (fields.has(key)) return { ok: false, line: i + 1, message: `\`${key}\` is given twice in the front matter` };
    fields.set(key, (match[2] ?? '').trim());
    keyLines.set(key, i + 1);
  }
  return { ok: false, line: lines.length, message: 'the front matter is never closed with a line `---`' };
}
