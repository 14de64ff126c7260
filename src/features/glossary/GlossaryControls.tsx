// The glossary's controls in the reader's toolbar: the on/off switch, the switches per kind of mark, the button for the terms panel (GlossaryPanel.tsx).
import { useTranslation } from 'react-i18next';

export const PANEL_ID = 'glossary-panel';

export function GlossarySwitch({ on, onToggle }: { on: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" role="switch" aria-checked={on} aria-keyshortcuts="G" title={t('glossary.shortcut')} className="switch" onClick={onToggle}>
      <span className="switch-track" aria-hidden="true" />
      {t('glossary.switch')}
    </button>
  );
}

export function GlossaryPanelButton({ count, expanded, onToggle }: { count: number; expanded: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" aria-expanded={expanded} aria-controls={PANEL_ID} onClick={onToggle}>
      {t('glossary.panelButton', { count })}
    </button>
  );
}

/** Each kind of mark on its own: the editorial glossary's terms, the learner's, and the editorial names. */
export function MarkKindSwitches(props: { editorial: boolean; personal: boolean; names: boolean; onEditorial: () => void; onPersonal: () => void; onNames: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" role="switch" aria-checked={props.editorial} className="switch switch-small" onClick={props.onEditorial}>
        <span className="switch-track" aria-hidden="true" />
        {t('personal.editorialSwitch')}
      </button>
      <button type="button" role="switch" aria-checked={props.personal} className="switch switch-small" onClick={props.onPersonal}>
        <span className="switch-track" aria-hidden="true" />
        {t('personal.personalSwitch')}
      </button>
      {props.editorial && (
        <button type="button" role="switch" aria-checked={props.names} className="switch switch-small" onClick={props.onNames}>
          <span className="switch-track" aria-hidden="true" />
          {t('glossary.namesSwitch')}
        </button>
      )}
    </>
  );
}
