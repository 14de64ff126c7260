// A notice with Undo that closes by itself after 8 seconds, but not while focus is inside it, so a keyboard user is never cut off.
import { useEffect, useRef, type ReactNode } from 'react';

export const UNDO_MS = 8_000;

interface Props {
  /** What was done, e.g. "Deleted “tankesmie”." */
  children: ReactNode;
  undoLabel: string;
  onUndo: () => void;
  /** Must keep its identity between renders. */
  onDismiss: () => void;
  className?: string;
  /** 'status' when no live region around it announces it already. */
  role?: 'status';
  /** Leaves the notice out of the library's start-up snapshot (components/pageSnapshot.ts): it is gone by the next start. */
  transient?: boolean;
}

export function UndoNotice({ children, undoLabel, onUndo, onDismiss, className, role, transient = false }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const expired = useRef(false);

  // What the learner pressed (a Delete button) is gone, so focus comes here rather than to the page's start.
  useEffect(() => {
    undoButton.current?.focus();
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => {
      expired.current = true;
      if (!box.current?.contains(document.activeElement)) onDismiss();
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [onDismiss]);

  return (
    <div
      ref={box}
      className={className}
      role={role}
      {...(transient ? { 'data-no-snapshot': '' } : {})}
      onBlur={(event) => {
        if (expired.current && !event.currentTarget.contains(event.relatedTarget)) onDismiss();
      }}
    >
      <span>{children}</span>{' '}
      <button ref={undoButton} type="button" onClick={onUndo}>
        {undoLabel}
      </button>
    </div>
  );
}
