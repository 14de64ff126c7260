// The terms panel: the article's glossary terms, a button each that goes to the first place the term appears. Loads with the engine.
import { useTranslation } from 'react-i18next';
import { isNameKind, type GlossaryEntry } from '../../core/glossary/entry';
import { personalTermIdOf } from './entries';
import { PANEL_ID } from './GlossaryControls';

const isName = (entry: GlossaryEntry) => personalTermIdOf(entry.id) === undefined && isNameKind(entry.kind);

/** The article's terms: words (the learner's own among them) first, then names, each group in order of appearance. */
export function GlossaryPanel({ entries, onChoose }: { entries: readonly GlossaryEntry[]; onChoose: (entryId: string) => void }) {
  const { t } = useTranslation('glossaryPopup');
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
  const { t } = useTranslation('glossaryPopup');
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
