import { describe, expect, it } from 'vitest';
import { importDetails, type DetailsForm } from './importDetails';
import type { PreparedImport } from './prepareImport';

const EMPTY: DetailsForm = { titles: { nb: '', en: '' }, source: '', date: '', original: 'nb' };

function prepared(meta: PreparedImport['meta'], first = { nb: 'Første setning.', en: 'First sentence.' }): PreparedImport {
  return { alignment: { sentences: { nb: [first.nb], en: [first.en] }, links: [{ nb: 1, en: 1, block: 'paragraph' }] }, confidence: 0.9, meta, notices: [] };
}

describe('importDetails', () => {
  it('keeps what the learner typed, trimmed', () => {
    const form: DetailsForm = { titles: { nb: ' Egen tittel ', en: 'Own title' }, source: ' NRK ', date: '2024-03-14', original: 'en' };
    const details = importDetails(prepared({ nb: { title: 'Funnet', source: 'VG', date: '2020-01-01' }, en: {} }), form);
    expect(details).toEqual({ titles: { nb: 'Egen tittel', en: 'Own title' }, source: 'NRK', date: '2024-03-14', original: 'en' });
  });

  it("takes the text's own title, source and date when the form is empty, as one clean line", () => {
    const details = importDetails(prepared({ nb: { title: 'Ferger\ni fjorden', source: 'NRK\u202E', date: '2024-03-14' }, en: { title: 'Ferries' } }), EMPTY);
    expect(details).toEqual({ titles: { nb: 'Ferger i fjorden', en: 'Ferries' }, source: 'NRK', date: '2024-03-14', original: 'nb' });
  });

  it('falls back to the first sentence for a title, and makes up no date the text breaks the rules with', () => {
    const details = importDetails(prepared({ nb: { date: '2024-02-31' }, en: {} }), EMPTY);
    expect(details.titles).toEqual({ nb: 'Første setning.', en: 'First sentence.' });
    expect(details.date).toBe('');
    expect(details.source).toBe('');
  });
});
