// Registers the service worker, links the web app manifest and, when a new version of Tolk is waiting, offers to reload without getting in the way of reading.
//
// Only the tab where the learner chose "Reload now" reloads. The new worker then takes control of every open tab
// (clientsClaim), and the plugin would reload each of them, losing whatever was typed there; instead the others keep
// their page and their notice, and reload when their own learner chooses to.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { pwaInfo } from 'virtual:pwa-info';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { linkWebManifest } from './webManifest';

export function UpdateNotice() {
  const { t } = useTranslation('notices');
  const chosen = useRef(false);
  // Set when the new version took control of this tab after another tab chose it: nothing is waiting any more.
  const takenOver = useRef(false);
  // Rendered once the start-up has settled (App), which is when the manifest's link may go in as well.
  useEffect(() => linkWebManifest(pwaInfo?.webManifest), []);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    immediate: true,
    onNeedReload: () => {
      if (chosen.current) window.location.reload();
      else {
        takenOver.current = true;
        setNeedRefresh(true); // a tab that had chosen "Later" hears of it again
      }
    },
  });
  if (!needRefresh) return null;
  const reload = () => {
    chosen.current = true;
    if (takenOver.current) {
      window.location.reload();
      return;
    }
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
