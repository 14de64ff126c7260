// A file picker in the UI's language: our own button face over a visually hidden native input, which keeps its label, focus and keyboard.
import { useState, type ChangeEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  /** The button's text and the input's accessible name ("Restore from a backup file"). */
  label: string;
  accept: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  ref?: Ref<HTMLInputElement>;
}

/**
 * The browser's own picker says "Choose File / No file chosen" in the browser's language, whatever Tolk speaks.
 * The native input stays in the page (visually hidden, still focusable), so Tab, Enter, Space and screen readers work
 * as with any file input; the label is drawn as a button and shows the input's focus.
 */
export function FileButton({ id, label, accept, onChange, ref }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string>();
  return (
    <span className="file-button">
      <input
        ref={ref}
        id={id}
        type="file"
        className="file-button-input"
        accept={accept}
        aria-describedby={`${id}-chosen`}
        onChange={(event) => {
          setChosen(event.target.files?.[0]?.name);
          onChange(event);
        }}
      />
      <label htmlFor={id} className="file-button-face">
        {label}
      </label>{' '}
      <span id={`${id}-chosen`} className="file-button-chosen">
        {chosen ?? t('file.none')}
      </span>
    </span>
  );
}
