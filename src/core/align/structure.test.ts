// Structure as evidence: list items stay apart, so a short item with no counterpart stands alone instead of being glued to the next.
import { describe, expect, it } from 'vitest';
import { alignUnits, type UnitRole } from './align';

const list = (count: number): UnitRole[] => Array.from({ length: count }, () => 'list');

describe('list items in the aligner', () => {
  it('leaves a short list item without counterpart alone (1–0) rather than joining it to the next item', () => {
    const nb = [
      'Vi lager et fritt operativsystem.',
      'Vi setter brukerne våre først.',
      'Dette løftet er vanskeligere å forklare. Prosjektet velger den løsningen som er tryggest for brukerne, også når den er mer krevende å lage for utviklerne, og vi lytter til det brukerne ber om før vi endrer noe som mange er avhengige av.',
      'Vi holder ingenting skjult. Alle feilrapporter er åpne for alle, og alle kan lese hvordan en feil ble rettet.',
    ];
    const en = [
      'We make a free operating system.',
      'This promise is harder to explain. The project chooses the solution that is safest for its users, even when it is more demanding for the developers to build, and we listen to what users ask for before we change anything that many depend on.',
      'We hide nothing. All bug reports are open to everyone, and anyone can read how a bug was fixed.',
    ];
    const { links } = alignUnits(nb, en, { roles: { source: list(nb.length), target: list(en.length) } });
    expect(links).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [] },
      { source: [2], target: [1] },
      { source: [3], target: [2] },
    ]);
  });

  it('leaves a short list item without counterpart alone rather than joining it to the paragraph before the list', () => {
    const nb = [
      'Hver linje i filen beskriver én bruker. Feltene står i denne rekkefølgen, skilt med kolon:',
      'passord: et tegn som viser at passordet ligger i en annen fil, der bare systemet kan lese det;',
      'skall: programmet som starter når brukeren logger inn.',
    ];
    const en = [
      'Each line of the file describes one user. The fields come in this order, separated by colons:',
      'login name;',
      'password: a sign that the password is kept in another file, where only the system can read it;',
      'shell: the program that starts when the user logs in.',
    ];
    const roles = { source: ['text', 'list', 'list'] as UnitRole[], target: ['text', 'list', 'list', 'list'] as UnitRole[] };
    expect(alignUnits(nb, en, { roles }).links).toEqual([
      { source: [0], target: [0] },
      { source: [], target: [1] },
      { source: [1], target: [2] },
      { source: [2], target: [3] },
    ]);
  });

  it('still joins two list items when the other side plainly holds both in one', () => {
    const nb = ['Brukernavn: navnet du logger inn med, for eksempel «kari» eller «ola».', 'Passord: det hemmelige ordet som hører til navnet.'];
    const en = ['User name: the name you log in with, for example "kari" or "ola". Password: the secret word that goes with the name.'];
    const { links } = alignUnits(nb, en, { roles: { source: list(2), target: list(1) } });
    expect(links).toEqual([{ source: [0, 1], target: [0] }]);
  });
});
