// Which platform voice reads which language: Norwegian bokmål first, English by the learner's choice (en-GB, then en-US).
import type { Lang } from '../lang';

/** A voice as `speechSynthesis.getVoices()` reports it, reduced to what the choice needs. */
export interface VoiceInfo {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** Platforms spell tags `nb-NO`, `nb_NO` or `NB-no`; compare them one way. */
export function normaliseTag(tag: string): string {
  return tag.replace(/_/g, '-').toLowerCase();
}

const NORWEGIAN_ORDER = ['nb-no', 'no-no', 'nn-no'];
const NORWEGIAN_BASES = new Set(['nb', 'no']);
const ENGLISH_ORDER = ['en-gb', 'en-us'];

const baseOf = (tag: string) => normaliseTag(tag).split('-')[0] ?? '';

/** The voices that can read a language, best first (a platform's local voices before its network ones). */
export function voicesFor(voices: readonly VoiceInfo[], lang: Lang): VoiceInfo[] {
  const order = lang === 'nb' ? NORWEGIAN_ORDER : ENGLISH_ORDER;
  const rank = (voice: VoiceInfo) => {
    const tag = normaliseTag(voice.lang);
    const exact = order.indexOf(tag);
    return exact === -1 ? order.length : exact;
  };
  const fits = (voice: VoiceInfo) => {
    const tag = normaliseTag(voice.lang);
    if (lang === 'nb') return NORWEGIAN_ORDER.includes(tag) || NORWEGIAN_BASES.has(baseOf(tag));
    return baseOf(tag) === 'en';
  };
  // Array.prototype.sort is stable: voices of equal rank keep the platform's order.
  return voices
    .filter(fits)
    .sort((a, b) => rank(a) - rank(b) || Number(b.localService) - Number(a.localService));
}

/**
 * The voice for a language, or undefined where the platform has none. For English a learner's chosen voice (by name)
 * wins while the platform still has it.
 */
export function chooseVoice(voices: readonly VoiceInfo[], lang: Lang, preferredName?: string): VoiceInfo | undefined {
  const candidates = voicesFor(voices, lang);
  if (preferredName) {
    const preferred = candidates.find((voice) => voice.name === preferredName);
    if (preferred) return preferred;
  }
  return candidates[0];
}
