// The glossary's controls in the reader: the on/off switch, the button for the terms panel, and the panel itself.
import { useTranslation } from 'react-i18next';
import { isNameKind, type GlossaryEntry } from '../../core/glossary/entry';
import { personalTermIdOf } from './entries';

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

const isName = (entry: GlossaryEntry) => personalTermIdOf(entry.id) === undefined && isNameKind(entry.kind);

/** The article's terms: words (the learner's own among them) first, then names, each group in order of appearance. */
export function GlossaryPanel({ entries, onChoose }: { entries: readonly GlossaryEntry[]; onChoose: (entryId: string) => void }) {
  const { t } = useTranslation();
  const groups = [
    { key: 'words', title: t('glossary.groupWords'), entries: entries.filter((entry) => !isName(entry)) },
    { key: 'names', title: t('glossary.groupNames'), entries: entries.filter(isName) },
  ].filter((group) => group.entries.length > 0);
  return (
    <section id={PANEL_ID} className="glossary-panel" aria-labelledby={`${PANEL_ID}-title`}>
      <h2 id={`${PANEL_ID}-title`}>{t('glossary.panelTitle')}</h2>
      {entries.length === 0 ? <p>{t('glossary.panelEmpty')}</p> : groups.map((group) => <PanelGroup key={group.key} group={group.key} title={group.title} entries={group.entries} onChoose={onChoose} />)}
    </section>
  );
}

function PanelGroup({ group, title, entries, onChoose }: { group: string; title: string; entries: readonly GlossaryEntry[]; onChoose: (entryId: string) => void }) {
  const { t } = useTranslation();
  const id = `${PANEL_ID}-${group}`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              <button type="button" className="link-button" onClick={() => onChoose(entry.id)}>
                {entry.terms.nb[0] && <span lang="nb">{entry.terms.nb[0]}</span>}
                {entry.terms.nb[0] && entry.terms.en[0] && ' · '}
                {entry.terms.en[0] && <span lang="en">{entry.terms.en[0]}</span>}
              </button>
              <span className="kind">{personalTermIdOf(entry.id) ? t('personal.kind') : t(`glossary.kind.${entry.kind}`)}</span>
            </li>
          ))}
        </ul>
    </section>
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
