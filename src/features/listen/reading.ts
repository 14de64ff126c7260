// Reading aloud sentence by sentence: the queue, pause/resume/stop, and the pair of sentences lit while one is spoken.
import type { Lang } from '../../core/lang';
import { loadVoices, synth, utterance, voiceFor, type Voice } from '../../components/speech';

export type ReadMode = 'nb' | 'en' | 'both';
export type ReadingState =
  | { kind: 'idle' }
  | { kind: 'reading' | 'paused'; key: string; lang: Lang }
  | { kind: 'noVoice'; lang: Lang }
  | { kind: 'failed' };

const SPOKEN_CLASS = 'is-spoken';
interface Item {
  key: string;
  lang: Lang;
  text: string;
}

let state: ReadingState = { kind: 'idle' };
const listeners = new Set<() => void>();
/** Each run has its own token: events from a cancelled utterance must not move a newer run on. */
let run = 0;

export const getState = () => state;
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function setState(next: ReadingState) {
  state = next;
  for (const listener of listeners) listener();
}

function clearLight() {
  for (const element of document.querySelectorAll(`.${SPOKEN_CLASS}`)) element.classList.remove(SPOKEN_CLASS);
}

/** Room kept between the spoken sentence and the edges of what is visible, in CSS pixels. */
const VIEW_MARGIN = 16;

/** Scrolls as little as needed to show the sentence below the sticky toolbar (whose height depends on the screen). */
function keepInView(element: HTMLElement) {
  const box = element.getBoundingClientRect();
  const top = (document.querySelector('.reader-toolbar')?.getBoundingClientRect().bottom ?? 0) + VIEW_MARGIN;
  const bottom = window.innerHeight - VIEW_MARGIN;
  if (box.top < top) window.scrollBy(0, box.top - top);
  else if (box.bottom > bottom) window.scrollBy(0, Math.min(box.bottom - bottom, box.top - top));
}

/** Lights the sentence and its counterpart, and keeps the spoken one in view. */
function light(key: string, lang: Lang) {
  clearLight();
  for (const element of document.querySelectorAll<HTMLElement>(`[data-pane] [data-seg="${CSS.escape(key)}"]`)) {
    element.classList.add(SPOKEN_CLASS);
    if (element.closest<HTMLElement>('[data-pane]')?.dataset.pane === lang) keepInView(element);
  }
}

/** The reader renders a long article a slice at a time (busy meanwhile, a second at most): the queue waits for all of it. */
function whenRendered(): Promise<void> {
  return new Promise((resolve) => {
    const check = (tries: number) => (tries > 0 && document.querySelector('[data-pane][aria-busy="true"]') ? setTimeout(check, 50, tries - 1) : resolve());
    check(60);
  });
}

/** Every sentence of the reader from `fromKey` on, in reading order, in the languages the mode asks for. */
function queueFrom(fromKey: string, mode: ReadMode, single: Lang | undefined): Item[] {
  const textOf = (lang: Lang, key: string) => document.querySelector(`[data-pane="${lang}"] [data-seg="${CSS.escape(key)}"]`)?.textContent?.trim() ?? '';
  const keys = [...document.querySelectorAll<HTMLElement>('[data-pane="nb"] [data-seg]')].map((element) => element.dataset.seg ?? '');
  const start = keys.indexOf(fromKey);
  if (start === -1) return [];
  const langs: Lang[] = single ? [single] : mode === 'both' ? ['nb', 'en'] : [mode];
  const chosen = single ? [fromKey] : keys.slice(start);
  return chosen.flatMap((key) => langs.map((lang) => ({ key, lang, text: textOf(lang, key) }))).filter((item) => item.text !== '');
}

export function stop() {
  run += 1;
  synth()?.cancel();
  clearLight();
  if (state.kind === 'reading' || state.kind === 'paused') setState({ kind: 'idle' });
}

/** Stops and forgets any message too: for a new article. */
export function reset() {
  stop();
  if (state.kind !== 'idle') setState({ kind: 'idle' });
}

/**
 * Reads from a sentence on (`single` set: that sentence only, in that language). One utterance a sentence, so an
 * engine that cuts long utterances short never loses text, and the highlight moves as each one starts.
 */
export async function readFrom(fromKey: string, mode: ReadMode, single?: Lang): Promise<void> {
  stop();
  const mine = run;
  const speech = synth();
  const voices = await loadVoices();
  const langs: Lang[] = single ? [single] : mode === 'both' ? ['nb', 'en'] : [mode];
  const chosen: Partial<Record<Lang, Voice>> = {};
  for (const lang of langs) {
    const voice = await voiceFor(lang, voices);
    if (mine !== run) return;
    if (!speech || !voice) {
      setState({ kind: 'noVoice', lang });
      return;
    }
    chosen[lang] = voice;
  }
  if (!single) await whenRendered();
  if (mine !== run) return;
  const items = queueFrom(fromKey, mode, single);
  const next = (index: number) => {
    const item = items[index];
    if (mine !== run || !speech) return;
    if (!item) {
      stop();
      return;
    }
    const voice = chosen[item.lang];
    if (!voice) return;
    const spoken = utterance(item.text, voice);
    spoken.addEventListener('start', () => {
      if (mine !== run) return;
      light(item.key, item.lang);
      setState({ kind: speech.paused ? 'paused' : 'reading', key: item.key, lang: item.lang });
    });
    spoken.addEventListener('end', () => next(index + 1));
    spoken.addEventListener('error', (event) => {
      // Our own cancel() reports "interrupted"/"canceled": that is stopping, not failing.
      if (mine !== run || event.error === 'interrupted' || event.error === 'canceled') return;
      stop();
      setState({ kind: 'failed' });
    });
    speech.speak(spoken);
  };
  next(0);
}

export function pause() {
  if (state.kind !== 'reading') return;
  synth()?.pause();
  setState({ ...state, kind: 'paused' });
}

export function resume() {
  if (state.kind !== 'paused') return;
  synth()?.resume();
  setState({ ...state, kind: 'reading' });
}

export function togglePause() {
  if (state.kind === 'reading') pause();
  else resume();
}
