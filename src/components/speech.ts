// The Web Speech API behind one small interface: voices (waiting for a late `voiceschanged`), and speaking one text.
import { chooseVoice, type VoiceInfo } from '../core/speech/voices';
import type { Lang } from '../core/lang';
import { db } from '../db/db';
import { getSetting, SPEECH_RATE } from '../db/settings';

/** Chrome fills the voice list after the first `getVoices()` call; past this long without any, there are none. */
const VOICES_WAIT_MS = 1500;

export const synth = (): SpeechSynthesis | undefined => (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis);

/** The platform's voices, waiting once for `voiceschanged` when the list starts empty. */
export function loadVoices(): Promise<SpeechSynthesisVoice[]> {
  const speech = synth();
  if (!speech) return Promise.resolve([]);
  const now = speech.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      speech.removeEventListener('voiceschanged', done);
      resolve(speech.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    speech.addEventListener('voiceschanged', done);
  });
}

export interface Voice {
  voice: SpeechSynthesisVoice;
  rate: number;
}

/** The voice and rate for a language from the learner's settings, or undefined where the platform has no voice for it. */
export async function voiceFor(lang: Lang, voices?: readonly SpeechSynthesisVoice[]): Promise<Voice | undefined> {
  const list = voices ?? (await loadVoices());
  const infos: VoiceInfo[] = list.map(({ name, lang: tag, localService, default: isDefault }) => ({ name, lang: tag, localService, default: isDefault }));
  const preferred = lang === 'en' ? await getSetting(db, 'englishVoice') : undefined;
  const chosen = chooseVoice(infos, lang, preferred);
  const voice = chosen && list.find((candidate) => candidate.name === chosen.name && candidate.lang === chosen.lang);
  if (!voice) return undefined;
  const rate = (await getSetting(db, lang === 'nb' ? 'speechRateNb' : 'speechRateEn')) ?? SPEECH_RATE[lang];
  return { voice, rate };
}

/** One utterance for one text; engines cut long utterances short, so callers pass a sentence or a word. */
export function utterance(text: string, { voice, rate }: Voice): SpeechSynthesisUtterance {
  const spoken = new SpeechSynthesisUtterance(text);
  spoken.voice = voice;
  spoken.lang = voice.lang.replace(/_/g, '-');
  spoken.rate = rate;
  return spoken;
}

/** Says a word or short text once, cutting off whatever was being said; resolves false where there is no voice. */
export async function sayOnce(text: string, lang: Lang): Promise<boolean> {
  const speech = synth();
  const voice = await voiceFor(lang);
  if (!speech || !voice) return false;
  speech.cancel();
  speech.speak(utterance(text, voice));
  return true;
}
