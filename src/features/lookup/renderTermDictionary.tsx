// The glossary popup's dictionary slot, filled lazily: the lookup code loads only when a term's popup first opens.
import { lazy, Suspense } from 'react';
import type { Lang } from '../../core/lang';

const TermDictionary = lazy(() => import('./TermDictionary').then((module) => ({ default: module.TermDictionary })));

export function renderTermDictionary(word: string, lang: Lang) {
  return (
    <Suspense fallback={null}>
      <TermDictionary word={word} lang={lang} />
    </Suspense>
  );
}
