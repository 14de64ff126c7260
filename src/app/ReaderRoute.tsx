// The reader route: the reader with the glossary plugged into its slots (features meet only here, in the app).
import { GlossaryLayer } from '../features/glossary/GlossaryLayer';
import { ReaderPage } from '../features/reader/ReaderPage';

export function ReaderRoute({ id }: { id: string }) {
  return (
    <GlossaryLayer articleId={id}>
      <ReaderPage id={id} />
    </GlossaryLayer>
  );
}
