// The voice choice over voice lists as real platforms report them.
import { describe, expect, it } from 'vitest';
import { chooseVoice, voicesFor, type VoiceInfo } from './voices';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceInfo => ({ name, lang, localService, default: isDefault });

/** Chrome on Android (Google TTS): underscores in older versions, nb-NO and en-* local. */
const android = [voice('English United States', 'en_US', true, true), voice('Norwegian Bokmål', 'nb_NO'), voice('English United Kingdom', 'en_GB')];
/** macOS Safari/Chrome: Nora speaks nb-NO; many English voices. */
const macos = [voice('Alex', 'en-US', true, true), voice('Daniel', 'en-GB'), voice('Nora', 'nb-NO'), voice('Karen', 'en-AU')];
/** Windows Chrome with the Norwegian language pack: Jon speaks nb-NO; Google's network voices follow. */
const windows = [
  voice('Microsoft David - English (United States)', 'en-US', true, true),
  voice('Microsoft Jon - Norwegian (Bokmål)', 'nb-NO'),
  voice('Google US English', 'en-US', false),
  voice('Google UK English Female', 'en-GB', false),
];
/** Edge: online natural voices, Norwegian included. */
const edge = [
  voice('Microsoft Aria Online (Natural) - English (United States)', 'en-US', false, true),
  voice('Microsoft Pernille Online (Natural) - Norwegian (Bokmål, Norway)', 'nb-NO', false),
  voice('Microsoft Sonia Online (Natural) - English (United Kingdom)', 'en-GB', false),
];
/** Desktop Chromium on Linux without speech-dispatcher voices. */
const linux: VoiceInfo[] = [];

describe('chooseVoice for Norwegian', () => {
  it('finds the bokmål voice on every platform that has one', () => {
    expect(chooseVoice(android, 'nb')?.name).toBe('Norwegian Bokmål');
    expect(chooseVoice(macos, 'nb')?.name).toBe('Nora');
    expect(chooseVoice(windows, 'nb')?.name).toBe('Microsoft Jon - Norwegian (Bokmål)');
    expect(chooseVoice(edge, 'nb')?.name).toContain('Pernille');
  });

  it('has none on Linux Chromium, and none where only other languages are installed', () => {
    expect(chooseVoice(linux, 'nb')).toBeUndefined();
    expect(chooseVoice([voice('Alva', 'sv-SE'), voice('Sara', 'da-DK')], 'nb')).toBeUndefined();
  });

  it('prefers nb-NO, then no-NO, then nn-NO, then any nb or no voice', () => {
    const all = [voice('any-no', 'no'), voice('nynorsk', 'nn-NO'), voice('no-NO', 'no-NO'), voice('bokmål', 'nb-NO')];
    expect(voicesFor(all, 'nb').map((v) => v.name)).toEqual(['bokmål', 'no-NO', 'nynorsk', 'any-no']);
    expect(chooseVoice(all.slice(0, 3), 'nb')?.name).toBe('no-NO');
    expect(chooseVoice(all.slice(0, 2), 'nb')?.name).toBe('nynorsk');
    expect(chooseVoice([voice('eSpeak', 'nb')], 'nb')?.name).toBe('eSpeak');
  });

  it('does not take a nynorsk-only or Swedish voice for an unrelated tag', () => {
    expect(chooseVoice([voice('nynorsk', 'nn')], 'nb')).toBeUndefined();
  });
});

describe('chooseVoice for English', () => {
  it('defaults to en-GB, then en-US, then any English voice', () => {
    expect(chooseVoice(macos, 'en')?.name).toBe('Daniel');
    expect(chooseVoice(android, 'en')?.name).toBe('English United Kingdom');
    expect(chooseVoice([voice('Karen', 'en-AU'), voice('Alex', 'en-US')], 'en')?.name).toBe('Alex');
    expect(chooseVoice([voice('Karen', 'en-AU')], 'en')?.name).toBe('Karen');
    expect(chooseVoice(linux, 'en')).toBeUndefined();
  });

  it('reads the Windows and Edge lists by rank first: en-GB (even a network voice) before en-US', () => {
    expect(chooseVoice(windows, 'en')?.name).toBe('Google UK English Female');
    expect(chooseVoice(edge, 'en')?.name).toContain('Sonia');
    expect(chooseVoice(windows.filter((v) => v.lang !== 'en-GB'), 'en')?.name).toBe('Microsoft David - English (United States)');
  });

  it('lists every English voice a platform has, best first, and none of its Norwegian ones', () => {
    expect(voicesFor(macos, 'en').map((v) => v.name)).toEqual(['Daniel', 'Alex', 'Karen']);
    expect(voicesFor(android, 'en').map((v) => v.lang)).toEqual(['en_GB', 'en_US']);
    expect(voicesFor(linux, 'en')).toEqual([]);
  });

  it('prefers a local voice of the same rank to a network one', () => {
    expect(chooseVoice([voice('net', 'en-GB', false), voice('local', 'en-GB', true)], 'en')?.name).toBe('local');
  });

  it("takes the learner's choice while the platform still has it", () => {
    expect(chooseVoice(macos, 'en', 'Karen')?.name).toBe('Karen');
    expect(chooseVoice(macos, 'en', 'Gone')?.name).toBe('Daniel');
    expect(chooseVoice(macos, 'en', 'Nora')?.name).toBe('Daniel');
  });
});
