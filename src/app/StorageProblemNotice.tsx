// Says, in the UI language, when storing failed (disk full) or the database is closed or blocked by another tab.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../db/db';
import { watchStorageProblems, type StorageProblem } from '../db/storageProblems';

const MESSAGE = { quota: 'storageProblem.quota', closed: 'storageProblem.closed', blocked: 'storageProblem.blocked' } as const;

export function StorageProblemNotice() {
  const { t } = useTranslation('notices');
  const [problem, setProblem] = useState<StorageProblem>();
  useEffect(() => watchStorageProblems(db, setProblem), []);
  if (!problem) return null;
  return (
    <div className="storage-problem" role="alert" data-no-snapshot="">
      <p>{t(MESSAGE[problem])}</p>
      {problem !== 'quota' && (
        <button type="button" onClick={() => window.location.reload()}>
          {t('errors.reload', { ns: 'common' })}
        </button>
      )}
      <button type="button" onClick={() => setProblem(undefined)}>
        {t('storageProblem.dismiss')}
      </button>
    </div>
  );
}
