// Backup in Settings: save all of the learner's data (imported articles too) to one file, and restore a file after a preview (all or nothing).
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../components/FileButton';
import { saveTextFile } from '../../components/download';
import { fieldProblemKey } from '../../components/fieldProblem';
import { readBackup, type BackupProblem } from '../../core/backup/backupFile';
import { checkRestore, exportBackup, planRestore, restoreBackup, type RestorePlan } from '../../db/backup';
import { db } from '../../db/db';

const PROBLEM = {
  'not-json': 'backup.notJson',
  'not-a-backup': 'backup.notBackup',
  'newer-version': 'backup.newerVersion',
  'bad-content': 'backup.badContent',
} as const satisfies Record<BackupProblem, string>;

type State =
  | { step: 'idle' }
  | { step: 'problem'; file: string; problem: BackupProblem; detail: string; reason?: string }
  | { step: 'preview'; file: string; plan: RestorePlan }
  | { step: 'done'; plan: RestorePlan }
  | { step: 'failed' };

async function download() {
  const backup = await exportBackup(db);
  saveTextFile(JSON.stringify(backup, null, 2), `tolk-backup-${backup.exportedAt.slice(0, 10)}.json`, 'application/json');
}

/** What a restore leaves out and why: the learner is told, never left to find it missing. */
function RestoreLeftOut({ plan }: { plan: RestorePlan }) {
  const { t } = useTranslation('settings');
  const duplicates = plan.duplicateTerms ?? [];
  const clashes = plan.shippedClashes ?? [];
  return (
    <>
      {duplicates.length > 0 && <p>{t('backup.duplicateTerms', { count: duplicates.length })}</p>}
      {clashes.length > 0 && <p>{t('backup.shippedClash', { count: clashes.length, ids: clashes.join(', ') })}</p>}
    </>
  );
}

export function BackupSection() {
  const { t } = useTranslation('settings');
  const { t: tRecords } = useTranslation('records');
  const fieldReason = (reason: string) => tRecords(fieldProblemKey(reason));
  const inputId = useId();
  const [state, setState] = useState<State>({ step: 'idle' });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must work too
    if (!file) return;
    const read = readBackup(await file.text());
    if (!read.ok) {
      setState({ step: 'problem', file: file.name, problem: read.problem, detail: read.detail ?? '', ...(read.reason === undefined ? {} : { reason: read.reason }) });
      return;
    }
    setState({ step: 'preview', file: file.name, plan: await checkRestore(db, planRestore(read.backup)) });
  };
  const confirm = async (plan: RestorePlan) => {
    try {
      await restoreBackup(db, plan);
      setState({ step: 'done', plan });
    } catch {
      setState({ step: 'failed' });
    }
  };

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <button type="button" onClick={() => void download()}>
        {t('backup.export')}
      </button>
      <p>
        <FileButton id={inputId} label={t('backup.restoreLabel')} accept=".json,application/json" onChange={(event) => void choose(event)} />
      </p>
      {state.step === 'problem' && (
        <p role="alert">
          {state.reason === undefined
            ? t(PROBLEM[state.problem], { file: state.file, detail: state.detail })
            : t('backup.badField', { file: state.file, detail: state.detail, reason: fieldReason(state.reason) })}
        </p>
      )}
      {state.step === 'preview' && (
        <div className="backup-preview" role="group" aria-label={t('backup.previewTitle')}>
          <p>{t('backup.preview', { file: state.file, settings: state.plan.settings.length, positions: state.plan.positions.length, terms: state.plan.personalTerms.length })}</p>
          <p>{t('backup.previewArticles', { count: state.plan.importedArticles.length })}</p>
          {state.plan.skipped.length > 0 && <p>{t('backup.skipped', { keys: state.plan.skipped.join(', ') })}</p>}
          <RestoreLeftOut plan={state.plan} />
          <button type="button" onClick={() => void confirm(state.plan)}>
            {t('backup.confirm')}
          </button>{' '}
          <button type="button" onClick={() => setState({ step: 'idle' })}>
            {t('backup.cancel')}
          </button>
        </div>
      )}
      {state.step === 'done' && (
        <div role="status">
          <p>{t('backup.done', { settings: state.plan.settings.length, positions: state.plan.positions.length, terms: state.plan.personalTerms.length })}</p>
          <RestoreLeftOut plan={state.plan} />
        </div>
      )}
      {state.step === 'failed' && <p role="alert">{t('backup.failed')}</p>}
    </section>
  );
}
