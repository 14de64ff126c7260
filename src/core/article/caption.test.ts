import { describe, expect, it } from 'vitest';
import { creditStart } from './caption';

describe('creditStart', () => {
  it('finds the credit of a bokmål and an English caption', () => {
    const nb = 'Putin og hans allierte. Foto: Kristina Kormilitsyna / Sputink / Kreml / AP / NTB';
    const en = 'Putin and his allies. Photo: Kristina Kormilitsyna / Sputnik / Kremlin / AP / NTB';
    expect(nb.slice(creditStart(nb))).toBe('Foto: Kristina Kormilitsyna / Sputink / Kreml / AP / NTB');
    expect(en.slice(creditStart(en))).toBe('Photo: Kristina Kormilitsyna / Sputnik / Kremlin / AP / NTB');
  });

  it('takes a caption that is only a credit as all credit', () => {
    expect(creditStart('Foto: OLGA MALTSEVA / POOL / EPA / NTB')).toBe(0);
  });

  it('finds nothing in a caption without a credit, nor in a word that merely starts like a label', () => {
    expect(creditStart('Lukasjenko og Putin i Minsk i 2004.')).toBeUndefined();
    expect(creditStart('Fotografen sto ved siden av.')).toBeUndefined();
  });
});
