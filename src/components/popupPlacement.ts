// Where the reader's popups (a glossary term's, a tapped word's) stand: below their word, flipped or shifted to stay
// inside the viewport, and no wider than the room there is on a narrow phone.
import { flip, offset, shift, size, type Middleware } from '@floating-ui/react-dom';

/** Pixels a popup keeps from the viewport's edges. */
export const EDGE_PADDING = 8;

export function popupMiddleware(maxWidth: number): Middleware[] {
  return [
    offset(6),
    flip({ padding: EDGE_PADDING }),
    shift({ padding: EDGE_PADDING }),
    size({
      padding: EDGE_PADDING,
      apply({ availableWidth, elements }) {
        elements.floating.style.maxWidth = `${Math.min(maxWidth, Math.max(200, availableWidth))}px`;
      },
    }),
  ];
}
