// The reader route: the reader with the glossary and the word lookup plugged into it (features meet only here, in the app).
import { GlossaryLayer } from '../features/glossary/GlossaryLayer';
import { LookupLayer } from '../features/lookup/LookupLayer';
import { renderTermDictionary } from '../features/lookup/renderTermDictionary';
import { ReaderPage } from '../features/reader/ReaderPage';

export function ReaderRoute({ id }: { id: string }) {
  return (
    <GlossaryLayer articleId={id} renderDictionary={renderTermDictionary}>
      <LookupLayer>
        <ReaderPage id={id} />
      </LookupLayer>
    </GlossaryLayer>
  );
}
