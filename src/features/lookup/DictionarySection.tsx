// What the dictionary says of one word: its dictionary forms with class and main forms, glosses, a compound's parts, or that it is a name or number.
import { useTranslation } from 'react-i18next';
import { otherLang } from '../../core/lang';
import type { Analysis, Gender, WordLookup } from '../../core/lexicon/types';

/** Shown at most: more readings than this are rarely what a learner wants, and crowd a phone. */
const MAX_READINGS = 3;
const MAX_GLOSSES = 5;
/** The Norwegian article that shows a noun's gender; written in bokmål whatever the UI language, as dictionaries do. */
const ARTICLE: Record<Gender, string> = { m: 'en', f: 'ei', n: 'et' };

function MainForms({ analysis }: { analysis: Analysis }) {
  const forms = analysis.mainForms.filter(Boolean);
  if (forms.length === 0) return null;
  const shown = analysis.wordClass === 'verb' && forms[2] ? [...forms.slice(0, 2), `har ${forms[2]}`, ...forms.slice(3)] : forms;
  return <span className="lookup-forms"> — {shown.join(', ')}</span>;
}

function Reading({ analysis, lang }: { analysis: Analysis; lang: WordLookup['lang'] }) {
  const { t } = useTranslation('lookup');
  const genders = analysis.genders?.map((gender) => ARTICLE[gender]).join('/');
  return (
    <li className="lookup-reading">
      <p>
        <strong lang={lang}>{analysis.lemma}</strong>
        {genders && <span lang="nb">, {genders}</span>} <span className="lookup-class">{t(`wordClass.${analysis.wordClass}`)}</span>
        <span lang={lang}>
          <MainForms analysis={analysis} />
        </span>
      </p>
      {analysis.glosses.length > 0 && (
        <p className="lookup-glosses" lang={otherLang(lang)}>
          {analysis.glosses.slice(0, MAX_GLOSSES).join('; ')}
        </p>
      )}
    </li>
  );
}

export function DictionarySection({ lookup }: { lookup: WordLookup }) {
  const { t } = useTranslation('lookup');
  const readings = lookup.analyses.slice(0, MAX_READINGS);
  return (
    <section className="lookup-dictionary" aria-label={t('dictionary')}>
      {lookup.kind !== 'word' && <p className="lookup-kind">{t(lookup.kind === 'name' ? 'isName' : 'isNumber')}</p>}
      {readings.length > 0 && (
        <ul className="lookup-readings">
          {readings.map((analysis) => (
            <Reading key={`${analysis.lemma}:${analysis.wordClass}`} analysis={analysis} lang={lookup.lang} />
          ))}
        </ul>
      )}
      {lookup.compound && (
        <div className="lookup-compound">
          <p>{t('compound')}</p>
          <ul>
            {lookup.compound.map((part, i) => (
              <li key={i}>
                <strong lang={lookup.lang}>
                  {part.text}
                  {part.link && <span className="lookup-link">+{part.link}</span>}
                </strong>{' '}
                {part.lemma !== part.text && <span lang={lookup.lang}>({part.lemma}) </span>}
                <span lang={otherLang(lookup.lang)}>{part.glosses.slice(0, 3).join('; ')}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {readings.length === 0 && !lookup.compound && lookup.kind === 'word' && <p>{t('unknown')}</p>}
    </section>
  );
}
