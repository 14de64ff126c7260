// The play control beside the sentence the learner is on: it reads that sentence aloud, as P does (loads on first use).
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SpeakerIcon } from '../../components/icons';

interface Props {
  sentence: HTMLElement;
  onPlay: () => void;
}

interface Place {
  top: number;
  left: number;
}

/** Where the control stands: just past the end of the sentence's last line, clear of the viewport's right edge. */
function placeBeside(sentence: HTMLElement, control: HTMLElement): Place | undefined {
  if (!sentence.isConnected) return undefined;
  const lines = sentence.getClientRects();
  const last = lines[lines.length - 1] ?? sentence.getBoundingClientRect();
  const size = control.getBoundingClientRect();
  // Absolute positions count from the offset parent, or from the document when there is none but the body.
  const parent = control.offsetParent;
  const origin =
    parent && parent !== document.body ? parent.getBoundingClientRect() : { top: -window.scrollY, left: -window.scrollX };
  const left = Math.min(last.right + 2, document.documentElement.clientWidth - size.width - 2);
  return { top: last.top + (last.height - size.height) / 2 - origin.top, left: Math.max(0, left) - origin.left };
}

export default function SentencePlay({ sentence, onPlay }: Props) {
  const { t } = useTranslation('listen');
  const control = useRef<HTMLButtonElement>(null);
  const [place, setPlace] = useState<Place>();

  useLayoutEffect(() => {
    const update = () => {
      if (control.current) setPlace(placeBeside(sentence, control.current));
    };
    update();
    // The sentence moves when the text size, the window or the panes' order changes.
    const observer = new ResizeObserver(update);
    observer.observe(sentence);
    const parallel = sentence.closest('.parallel');
    if (parallel) observer.observe(parallel);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [sentence]);

  return (
    <button
      ref={control}
      type="button"
      className="sentence-play"
      aria-label={t('sentence')}
      aria-keyshortcuts="P"
      title={t('sentenceKey')}
      style={place ? { top: place.top, left: place.left } : { visibility: 'hidden' }}
      onClick={onPlay}
    >
      <SpeakerIcon />
    </button>
  );
}
