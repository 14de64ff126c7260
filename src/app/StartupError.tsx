// What the page shows when Tolk cannot start (no database, or the shipped articles did not load), in the UI language.
import { useTranslation } from 'react-i18next';

export function StartupError({ kind, detail }: { kind: 'storage' | 'seed'; detail: string }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="startup-error">
      <h1>{t('app.name')}</h1>
      <p role="alert">{t(kind === 'storage' ? 'errors.storage' : 'errors.seed', { detail })}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </main>
  );
}
