// Turns the rows an import will add into stored records: JSON rows keep their record, CSV rows become new terms.
import type { ImportRow } from '../../core/personal/importRow';
import type { PersonalTerm } from '../../core/personal/personalTerm';

/**
 * A JSON row keeps id, dates and the sentence pair with its article link; only an id already in use (or used
 * by an earlier row) is replaced, so the import cannot fail on a key. A CSV row gets a new id and is dated
 * `now`, each later row a millisecond newer, so "newest first" lists the file's last row first, as an export
 * from Tolk (oldest first) had it. A CSV context is text only, with no article to link to: it is kept by
 * adding it to the note, after a blank line, unless the note already holds it.
 */
export function toPersonalTerms(rows: readonly ImportRow[], takenIds: ReadonlySet<string>, now: number, newId: () => string): PersonalTerm[] {
  const used = new Set(takenIds);
  const uniqueId = (wanted: string | undefined): string => {
    let id = wanted !== undefined && !used.has(wanted) ? wanted : newId();
    while (used.has(id)) id = newId();
    used.add(id);
    return id;
  };
  return rows.map((row, index) => {
    if (row.record !== undefined) return { ...row.record, id: uniqueId(row.record.id) };
    const createdAt = now - (rows.length - 1 - index);
    return { id: uniqueId(undefined), terms: { nb: row.nb, en: row.en }, note: withContext(row.note, row.context), createdAt, updatedAt: createdAt };
  });
}

function withContext(note: string, context: string | undefined): string {
  if (context === undefined || note.includes(context)) return note;
  return note.trim() === '' ? context : `${note}\n\n${context}`;
}
