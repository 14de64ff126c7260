// One version of the pair: a text box to paste into, and a file picker that fills it (refusing files Tolk cannot read).
import { memo, useId, useMemo, useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../components/FileButton';
import { decodeFile, detectPastedFormat, type DecodeProblem } from '../../core/import/decode';
import { ENCODING_NAME, FILE_KIND } from '../../components/fileKind';
import { MAX_SIDE_CHARS } from '../../core/import/limits';
import type { SourceFormat } from '../../core/import/types';
import type { Lang } from '../../core/lang';

/** The side's text; while it is exactly what a file gave, that file's format; and the format the learner chose, if any. */
export interface SideValue {
  text: string;
  file?: { name: string; format: SourceFormat; text: string };
  /** Overrides the detected format (a text about HTML with tags in it is still text, unless the learner says so). */
  format?: SourceFormat;
}

const FORMATS: readonly SourceFormat[] = ['txt', 'md', 'html'];

/** The format the text will be read as if the learner does not choose: a file's own while untouched, else what the text looks like. */
export function detectedFormat(side: SideValue): SourceFormat {
  return side.file && side.file.text === side.text ? side.file.format : detectPastedFormat(side.text);
}

interface Props {
  lang: Lang;
  value: SideValue;
  /** Stable across renders (the component is memoised), so it is told which side changed. */
  onChange: (lang: Lang, value: SideValue) => void;
  /** A message about this side from the last import attempt. */
  problem?: string | undefined;
}

const PROBLEM_KEYS: Record<DecodeProblem, 'binary' | 'unsupported-type' | 'file-too-large' | 'file-empty'> = {
  binary: 'binary',
  'unsupported-type': 'unsupported-type',
  'too-large': 'file-too-large',
  empty: 'file-empty',
};

const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

// Memoised: the import page re-renders for each progress step of a long import, and a side holding half a megabyte
// would otherwise be read back from its text box and scanned for markup each time, on the main thread.
export const SideInput = memo(function SideInput({ lang, value, onChange, problem }: Props) {
  const { t, i18n } = useTranslation('import');
  const { t: tRecords } = useTranslation('records');
  const id = useId();
  const [fileMessage, setFileMessage] = useState<{ text: string; error: boolean } | null>(null);
  const detected = useMemo(() => detectedFormat(value), [value]);
  const size = (bytes: number) => new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024));

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setFileMessage({ text: t('problem.unreadable', { name: file.name }), error: true });
      return;
    }
    const decoded = decodeFile(bytes, file.name);
    if (!decoded.ok) {
      const text =
        decoded.kind === undefined
          ? t(`problem.${PROBLEM_KEYS[decoded.problem]}`, { name: file.name, size: size(file.size) })
          : t('problem.binaryKind', { name: file.name, kind: tRecords(FILE_KIND[decoded.kind]) });
      setFileMessage({ text, error: true });
      return;
    }
    // Text that was not UTF-8 was read as Windows-1252: right for older Western files, and the learner is told.
    const loaded = t('fileLoaded', { name: file.name, size: size(file.size) });
    const notice = decoded.encoding === 'windows-1252' ? ` ${t('fileEncoding', { encoding: ENCODING_NAME[decoded.encoding] })}` : '';
    setFileMessage({ text: loaded + notice, error: false });
    onChange(lang, { text: decoded.text, file: { name: file.name, format: decoded.format, text: decoded.text }, ...(value.format ? { format: value.format } : {}) });
  };

  // A paste over the limit is refused before it reaches the text box, which would crawl with megabytes in it.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    if (pasted.length <= MAX_SIDE_CHARS) return;
    event.preventDefault();
    const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
    setFileMessage({ text: t('problem.pasteTooLarge', { chars: number(pasted.length), max: number(MAX_SIDE_CHARS) }), error: true });
  };

  const message = problem ?? (fileMessage?.error ? fileMessage.text : undefined);
  return (
    <fieldset className="import-side">
      <legend>{t(`side.${lang}`)}</legend>
      <label htmlFor={`${id}-text`}>{t(`text.${lang}`)}</label>
      <textarea
        id={`${id}-text`}
        lang={lang}
        rows={10}
        value={value.text}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-problem` : undefined}
        onPaste={onPaste}
        onChange={(event) => {
          setFileMessage(null);
          onChange(lang, { ...value, text: event.target.value });
        }}
      />
      <p>
        <FileButton id={`${id}-file`} label={t(`file.${lang}`)} accept={ACCEPT} onChange={(event) => void onFile(event.target.files?.[0])} />
      </p>
      <label htmlFor={`${id}-format`}>{t(`format.label.${lang}`)}</label>
      <select
        id={`${id}-format`}
        value={value.format ?? 'auto'}
        onChange={(event) => {
          const chosen = FORMATS.find((format) => format === event.target.value);
          const { format: _previous, ...rest } = value;
          onChange(lang, chosen ? { ...rest, format: chosen } : rest);
        }}
      >
        <option value="auto">{t('format.auto', { detected: t(`format.${detected}`) })}</option>
        {FORMATS.map((format) => (
          <option key={format} value={format}>
            {t(`format.${format}`)}
          </option>
        ))}
      </select>
      {fileMessage && !fileMessage.error && <p className="import-file-note">{fileMessage.text}</p>}
      {message && (
        <p id={`${id}-problem`} className="field-problem">
          {message}
        </p>
      )}
    </fieldset>
  );
});
