// Backup in Settings: save all of the learner's data (imported articles too) to one file, and restore a file after a preview (all or nothing).
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../components/FileButton';
import { saveTextFile } from '../../components/download';
import { readBackup, type BackupProblem } from '../../core/backup/backupFile';
import { exportBackup, planRestore, restoreBackup, type RestorePlan } from '../../db/backup';
import { db } from '../../db/db';

const PROBLEM = {
  'not-json': 'backup.notJson',
  'not-a-backup': 'backup.notBackup',
  'newer-version': 'backup.newerVersion',
  'bad-content': 'backup.badContent',
} as const satisfies Record<BackupProblem, string>;

type State =
  | { step: 'idle' }
  | { step: 'problem'; file: string; problem: BackupProblem; detail: string }
  | { step: 'preview'; file: string; plan: RestorePlan }
  | { step: 'done'; plan: RestorePlan }
  | { step: 'failed' };

async function download() {
  const backup = await exportBackup(db);
  saveTextFile(JSON.stringify(backup, null, 2), `tolk-backup-${backup.exportedAt.slice(0, 10)}.json`, 'application/json');
}

export function BackupSection() {
  const { t } = useTranslation('settings');
  const inputId = useId();
  const [state, setState] = useState<State>({ step: 'idle' });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must work too
    if (!file) return;
    const read = readBackup(await file.text());
    setState(read.ok ? { step: 'preview', file: file.name, plan: planRestore(read.backup) } : { step: 'problem', file: file.name, problem: read.problem, detail: read.detail ?? '' });
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
        <p role="alert">{t(PROBLEM[state.problem], { file: state.file, detail: state.detail })}</p>
      )}
      {state.step === 'preview' && (
        <div className="backup-preview" role="group" aria-label={t('backup.previewTitle')}>
          <p>{t('backup.preview', { file: state.file, settings: state.plan.settings.length, positions: state.plan.positions.length, terms: state.plan.personalTerms.length })}</p>
          <p>{t('backup.previewArticles', { count: state.plan.importedArticles.length })}</p>
          {state.plan.skipped.length > 0 && <p>{t('backup.skipped', { keys: state.plan.skipped.join(', ') })}</p>}
          <button type="button" onClick={() => void confirm(state.plan)}>
            {t('backup.confirm')}
          </button>{' '}
          <button type="button" onClick={() => setState({ step: 'idle' })}>
            {t('backup.cancel')}
          </button>
        </div>
      )}
      {state.step === 'done' && <p role="status">{t('backup.done', { settings: state.plan.settings.length, positions: state.plan.positions.length, terms: state.plan.personalTerms.length })}</p>}
      {state.step === 'failed' && <p role="alert">{t('backup.failed')}</p>}
    </section>
  );
}
