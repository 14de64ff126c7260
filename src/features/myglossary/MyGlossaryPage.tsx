// "My glossary": the learner's own terms, to search, sort, filter, edit, delete (with undo), export and import.
import { useTranslation } from 'react-i18next';

export function MyGlossaryPage() {
  const { t } = useTranslation('myGlossary');
  return <h1>{t('title')}</h1>;
}
