// Shows how much Tolk stores on this device and whether the browser has promised to keep it, with a button to ask.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface StorageState {
  usage: number | undefined;
  persisted: boolean | undefined;
}

async function readStorage(): Promise<StorageState> {
  const storage = navigator.storage as StorageManager | undefined;
  const [estimate, persisted] = await Promise.all([storage?.estimate?.(), storage?.persisted?.()]);
  return { usage: estimate?.usage, persisted };
}

export function StorageInfo() {
  const { t, i18n } = useTranslation('settings');
  const [state, setState] = useState<StorageState>();
  const [refused, setRefused] = useState(false);
  const refresh = useCallback(() => void readStorage().then(setState), []);
  useEffect(refresh, [refresh]);

  const size =
    state?.usage === undefined
      ? t('storage.unknown')
      : new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(state.usage / 1e6);
  const ask = async () => {
    const granted = (await navigator.storage?.persist?.()) ?? false;
    setRefused(!granted);
    refresh();
  };

  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storage.title')}</h2>
      <dl className="storage-facts">
        <div>
          <dt>{t('storage.used')}</dt>
          <dd>{size}</dd>
        </div>
        <div>
          <dt>{t('storage.kept')}</dt>
          <dd>{state?.persisted === undefined ? t('storage.unknown') : state.persisted ? t('storage.persistent') : t('storage.notPersistent')}</dd>
        </div>
      </dl>
      {state?.persisted === false && (
        <button type="button" onClick={() => void ask()}>
          {t('storage.ask')}
        </button>
      )}
      {refused && <p role="status">{t('storage.refused')}</p>}
    </section>
  );
}
