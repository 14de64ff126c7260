// The "Add to glossary" button that appears beside a text selection in either pane.
import { autoUpdate, flip, offset, shift, useFloating } from '@floating-ui/react-dom';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../components/icons';

interface Props {
  /** The selected range; the button is placed against its bounding box. */
  range: Range;
  onAdd: () => void;
}

export function SelectionAction({ range, onAdd }: Props) {
  const { t } = useTranslation('glossaryPopup');
  const { refs, floatingStyles, isPositioned } = useFloating({
    elements: { reference: { getBoundingClientRect: () => range.getBoundingClientRect(), getClientRects: () => range.getClientRects() } },
    placement: 'top',
    whileElementsMounted: autoUpdate,
    middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
  });
  return (
    <button
      ref={(node) => refs.setFloating(node)}
      type="button"
      className="selection-action"
      // Hidden until placed: Floating UI positions after the first render, which would flash it at the top left.
      style={{ ...floatingStyles, visibility: isPositioned ? 'visible' : 'hidden' }}
      aria-keyshortcuts="A"
      title={t('personal.addShortcut')}
      // Keep the selection: a mousedown on a button would otherwise clear it before the click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onAdd}
    >
      <PlusIcon /> {t('personal.addAction')}
    </button>
  );
}
