// Stored terms that break the rules (src/core/records/rules.ts): listed as damaged, each with a way to delete it, so the page still works.
import { useTranslation } from 'react-i18next';
import { DamagedEntry } from '../../components/DamagedEntry';
import { db } from '../../db/db';
import type { DamagedRecord } from '../../db/personalTermHooks';

export function DamagedTerms({ damaged }: { damaged: readonly DamagedRecord[] | undefined }) {
  const { t } = useTranslation('myGlossary');
  if (damaged === undefined || damaged.length === 0) return null;
  return (
    <section aria-labelledby="mg-damaged-title">
      <h2 id="mg-damaged-title">{t('damaged.title', { count: damaged.length })}</h2>
      <ul className="mg-list">
        {damaged.map((record) => (
          <DamagedEntry key={record.key} label={`${record.label} (${record.problem.field})`} onDelete={() => db.personalTerms.delete(record.key)} />
        ))}
      </ul>
    </section>
  );
}
