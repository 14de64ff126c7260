// Test data shared by the export/import tests: terms that stress quoting, line breaks, emoji and æøå.
import type { PersonalTerm } from './personalTerm';

export const TRICKY_TERMS: readonly PersonalTerm[] = [
  {
    id: 'a',
    terms: { nb: 'tankesmie', en: 'think tank' },
    note: 'plain',
    context: { articleId: 'nrk-2024-01', block: 3, seg: 1, nb: 'Tankesmien, som ligger i Oslo, mener «nei».', en: 'The think tank, based in Oslo, says "no".' },
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_100_000,
  },
  {
    id: 'b',
    terms: { nb: 'æøå, "sitat"', en: 'quote ""twice""' },
    note: 'line one\nline two\r\nline three, with comma',
    createdAt: 1,
    updatedAt: 2,
  },
  {
    id: 'c',
    terms: { nb: 'bra 👍🏽', en: '' },
    note: '  spaces kept in notes  ',
    context: { articleId: 'x', block: 0, seg: 0, nb: 'Linje\nto', en: '' },
    createdAt: 3,
    updatedAt: 3,
  },
  { id: 'd', terms: { nb: '', en: 'remand 👨‍👩‍👧' }, note: '', createdAt: 4, updatedAt: 5 },
];
