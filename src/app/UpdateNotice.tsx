// Registers the service worker and, when a new version of Tolk is waiting, offers to reload without getting in the way of reading.
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

export function UpdateNotice() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  if (!needRefresh) return null;
  const reload = () => {
    // The plugin reloads only for updates its own registration found; a tab left open that learnt of the update
    // another way (the browser's periodic check) would wait for ever. Reload once the new worker takes control.
    navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    void updateServiceWorker(true);
  };
  return (
    <div className="update-notice" role="status" data-no-snapshot="">
      <span>{t('update.ready')}</span>
      <button type="button" onClick={reload}>
        {t('update.reload')}
      </button>
      <button type="button" onClick={() => setNeedRefresh(false)}>
        {t('update.later')}
      </button>
    </div>
  );
}
