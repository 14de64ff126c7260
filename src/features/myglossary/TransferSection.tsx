// Export all terms as CSV (for Anki) or JSON (everything), and import either kind of file.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../../core/personal/csv';
import { toJson } from '../../core/personal/json';
import { db } from '../../db/db';
import { localDate, saveTextFile } from '../../components/download';
import { ImportSection } from './ImportSection';

/** Oldest first, the order in which a learner collected them (and in which an import dates CSV rows). */
async function exportAs(kind: 'csv' | 'json') {
  const terms = await db.personalTerms.orderBy('createdAt').toArray();
  const name = `tolk-glossary-${localDate()}.${kind}`;
  if (kind === 'csv') saveTextFile(toCsv(terms), name, 'text/csv;charset=utf-8');
  else saveTextFile(toJson(terms), name, 'application/json');
}

export function TransferSection({ hasTerms }: { hasTerms: boolean }) {
  const { t } = useTranslation('myGlossary');
  const titleId = useId();
  return (
    <section className="mg-transfer" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('transfer.title')}</h2>
      <p>{t('transfer.intro')}</p>
      {hasTerms && (
        <div className="mg-actions">
          <button type="button" onClick={() => void exportAs('csv')}>
            {t('transfer.exportCsv')}
          </button>
          <button type="button" onClick={() => void exportAs('json')}>
            {t('transfer.exportJson')}
          </button>
        </div>
      )}
      <ImportSection />
    </section>
  );
}
