// The reader route: the reader with the glossary, the word lookup and reading aloud plugged into it (features meet only here, in the app).
import { GlossaryLayer } from '../features/glossary/GlossaryLayer';
import { ListenLayer } from '../features/listen/ListenLayer';
import { LookupLayer } from '../features/lookup/LookupLayer';
import { renderTermDictionary } from '../features/lookup/renderTermDictionary';
import { ReaderPage } from '../features/reader/ReaderPage';

export function ReaderRoute({ id }: { id: string }) {
  return (
    <GlossaryLayer articleId={id} renderDictionary={renderTermDictionary}>
      <LookupLayer>
        <ListenLayer articleId={id}>
          <ReaderPage id={id} />
        </ListenLayer>
      </LookupLayer>
    </GlossaryLayer>
  );
}
