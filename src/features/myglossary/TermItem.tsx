// One term on My glossary (the content of its list item): both terms, the note, the sentence pair it came from with a link to the article; Edit and Delete.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PersonalTerm, PersonalTermContext } from '../../core/personal/personalTerm';
import { termName } from './search';
import { TermEditForm } from './TermEditForm';

/** The id of a term's Delete button, so focus can come back to it after an undo. */
export function deleteButtonId(termId: string): string {
  return `mg-delete-${termId}`;
}

interface Props {
  term: PersonalTerm;
  terms: readonly PersonalTerm[];
  /** The context article's title in the UI language; null when the article is not in the store, undefined while loading. */
  articleTitle: string | null | undefined;
  dateFormat: Intl.DateTimeFormat;
  onDelete: (term: PersonalTerm) => void;
  /** Whether its edit form is open: kept by the page, so the form outlives the term's place in the list. */
  editing: boolean;
  setEditing: (open: boolean) => void;
  /** True when the term was deleted (in another tab) while its form was open: the form stays and says so. */
  gone?: boolean;
}

export function TermItem({ term, terms, articleTitle, dateFormat, onDelete, editing, setEditing, gone = false }: Props) {
  const { t } = useTranslation('myGlossary');
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const name = termName(term);
  const { nb, en } = term.terms;

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  if (editing) {
    return (
      <div className="mg-term">
        <TermEditForm
          term={term}
          terms={terms}
          gone={gone}
          onDone={() => {
            returnFocus.current = true;
            setEditing(false);
          }}
        />
      </div>
    );
  }
  return (
    <div className="mg-term">
      <h2 className="mg-pair">
        {nb !== '' && <span lang="nb">{nb}</span>}
        {nb !== '' && en !== '' && <span className="mg-sep"> – </span>}
        {en !== '' && (
          <span lang="en" className="mg-en">
            {en}
          </span>
        )}
      </h2>
      {term.note !== '' && <p className="mg-note">{term.note}</p>}
      {term.context !== undefined && <Context context={term.context} articleTitle={articleTitle} />}
      <p className="mg-added">{t('term.added', { date: dateFormat.format(term.createdAt) })}</p>
      <div className="mg-actions">
        <button ref={editButton} type="button" onClick={() => setEditing(true)}>
          {t('term.edit')}
          <span className="visually-hidden" lang={name.lang}>
            {' '}
            {name.text}
          </span>
        </button>
        <button id={deleteButtonId(term.id)} type="button" onClick={() => onDelete(term)}>
          {t('term.delete')}
          <span className="visually-hidden" lang={name.lang}>
            {' '}
            {name.text}
          </span>
        </button>
      </div>
    </div>
  );
}

function Context({ context, articleTitle }: { context: PersonalTermContext; articleTitle: string | null | undefined }) {
  const { t } = useTranslation('myGlossary');
  return (
    <figure className="mg-context">
      {articleTitle !== undefined && (
        <figcaption>
          {articleTitle === null ? (
            t('term.fromUnknown')
          ) : (
            <>
              {t('term.from', { title: articleTitle })} <Link href={`/read/${encodeURIComponent(context.articleId)}`}>{t('term.openArticle')}</Link>
            </>
          )}
        </figcaption>
      )}
      <blockquote>
        {context.nb !== '' && <p lang="nb">{context.nb}</p>}
        {context.en !== '' && <p lang="en">{context.en}</p>}
      </blockquote>
    </figure>
  );
}
