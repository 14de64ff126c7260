// The matcher on real sentences from the two seed articles (ABC Nyheter in bokmål, a machine translation into English), with entries shaped like articles/glossary.md.
import { describe, expect, it } from 'vitest';
import { buildGlossaryIndex, findGlossaryMatches } from './matcher';
import { snowballStemmers } from './snowballStemmers';
import type { Lang, MatchableTerm } from './types';

const ENTRIES: readonly MatchableTerm[] = [
  { id: 'putin', terms: { nb: ['Putin'], en: ['Putin'] } },
  { id: 'iskp', terms: { nb: ['ISKP', 'IS-K', 'ISIS-K'], en: ['ISKP', 'IS-K', 'ISIS-K'] } },
  {
    id: 'islamic-state',
    terms: { nb: ['IS', 'Den islamske staten', 'den islamske staten', 'ISIS', 'ISIL'], en: ['IS', 'Islamic State', 'ISIS', 'ISIL'] },
    caseSensitive: true,
  },
  {
    id: 'remanded-in-custody',
    terms: {
      nb: ['varetektsfengslet', 'varetektsfengslede', 'varetektsfengsle', 'varetektsfengsler', 'varetektsfengsles', 'varetektsfengsling'],
      en: ['remanded in custody', 'remand in custody', 'remanded', 'remand'],
    },
  },
  { id: 'terrorist', terms: { nb: ['terrorist'], en: ['terrorist'] } },
  { id: 'terrorist-attack', terms: { nb: ['terrorangrep'], en: ['terrorist attack', 'terror attack'] } },
  { id: 'islamist', terms: { nb: ['islamist'], en: ['Islamist'] } },
  { id: 'intelligence', terms: { nb: ['etterretning'], en: ['intelligence'] } },
  { id: 'csto', terms: { nb: ['Den kollektive sikkerhetspakten', 'CSTO'], en: ['Collective Security Treaty Organization', 'CSTO'] } },
  { id: 'nato', terms: { nb: ['Nato'], en: ['NATO', 'North Atlantic Treaty Organization'] } },
  { id: 'moscow', terms: { nb: ['Moskva'], en: ['Moscow'] } },
  { id: 'ukraine', terms: { nb: ['Ukraina'], en: ['Ukraine'] } },
  { id: 'tajikistan', terms: { nb: ['Tadsjikistan', 'Tadjikistan'], en: ['Tajikistan'] } },
  { id: 'crocus-city-hall', terms: { nb: ['Crocus City Hall', 'Crocus'], en: ['Crocus City Hall', 'Crocus'] } },
  { id: 'krasnogorsk', terms: { nb: ['Krasnogorsk'], en: ['Krasnogorsk'] } },
  { id: 'kremlin', terms: { nb: ['Kreml'], en: ['Kremlin'] } },
  { id: 'think-tank', terms: { nb: ['tankesmie', 'tankesmier'], en: ['think tank'] } },
  { id: 'sanctions', terms: { nb: ['sanksjoner', 'sanksjon', 'sanksjonene'], en: ['sanctions', 'sanction'] } },
  { id: 'lukashenko', terms: { nb: ['Lukasjenko', 'Lukasjenka'], en: ['Lukashenko', 'Lukashenka'] } },
  { id: 'belarus', terms: { nb: ['Belarus', 'Hviterussland', 'belarusisk', 'belarusiske'], en: ['Belarus', 'Belarusian'] } },
  { id: 'tom-roseth', terms: { nb: ['Tom Røseth', 'Røseth'], en: ['Tom Røseth', 'Røseth'] } },
  { id: 'isw', terms: { nb: ['Institute for the Study of War', 'ISW'], en: ['Institute for the Study of War', 'ISW'] } },
  { id: 'escape-route', terms: { nb: ['fluktrute'], en: ['escape route'] } },
];

const index = buildGlossaryIndex(ENTRIES, snowballStemmers);

function marks(text: string, lang: Lang): string[] {
  return findGlossaryMatches(index, text, lang).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);
}

describe('bokmål seed (000, ABC Nyheter)', () => {
  it.each([
    ['Russland kan miste alliert etter Moskva-terroren', ['Moskva=moscow']],
    [
      'Det at Russland hevder de varetektsfengslede terroristene etter terrorangrepet fredagskveld i Moskva kommer fra Tadsjikistan, kan skape splid mellom de to allierte.',
      [
        'varetektsfengslede=remanded-in-custody',
        'terroristene=terrorist',
        'terrorangrepet=terrorist-attack',
        'Moskva=moscow',
        'Tadsjikistan=tajikistan',
      ],
    ],
    [
      "Den ytterliggående islamistgruppa IS' afghanske fløy (ISKP) hevder å stå bak angrepet i konserthallen Crocus i Krasnogorsk, Moskva hvor nå 139 mennesker skal være drept og over 150 mennesker såret. Motivet skal være at Russland fører krig mot islam.",
      ['IS=islamic-state', 'ISKP=iskp', 'Crocus=crocus-city-hall', 'Krasnogorsk=krasnogorsk', 'Moskva=moscow'],
    ],
    [
      'Vestlig etterretning har slått fast at IS-fløyen står bak. Russlands president Vladimir Putin har selv uttalt at det er snakk om radikale islamister, men hevder også at Ukraina er involvert. Dette har Ukraina gått ut og avvist.',
      ['etterretning=intelligence', 'IS=islamic-state', 'Putin=putin', 'islamister=islamist', 'Ukraina=ukraine', 'Ukraina=ukraine'],
    ],
    [
      'Dette gjelder også i noe grad land som Tadsjikistan, som blant annet er en del av den Russland-ledede Den kollektive sikkerhetspakten (CSTO), som Putin lenge har håpet vil utgjøre medlemslandenes versjon av Nato.',
      ['Tadsjikistan=tajikistan', 'Den kollektive sikkerhetspakten=csto', 'CSTO=csto', 'Putin=putin', 'Nato=nato'],
    ],
    [
      'Russlands håndtering av terrorangrepet og terroristene er neppe legende for forholdet mellom de to allierte.',
      ['terrorangrepet=terrorist-attack', 'terroristene=terrorist'],
    ],
  ] as const)('%s', (text, expected) => {
    expect(marks(text, 'nb')).toEqual(expected);
  });
});

describe('English seed (003, ITavisen translation)', () => {
  it.each([
    [
      'Belarusian President Aleksandr Lukashenko claims that the terrorists behind the attack in Moscow tried to flee to Belarus, which contradicts the Russian version.',
      ['Belarusian=belarus', 'Lukashenko=lukashenko', 'terrorists=terrorist', 'Moscow=moscow', 'Belarus=belarus'],
    ],
    [
      'Lukashenko may deviate from the Kremlin’s line to strengthen his own position domestically and show independence from Putin.',
      ['Lukashenko=lukashenko', 'Kremlin’s=kremlin', 'Putin=putin'],
    ],
    // The scraped source glues a definition to its term ("tankAn"): one word, so no match.
    ['The think tankAn organization that conducts research and advises on specific topics such as politics, economics, or military strategies.', []],
    [
      'At least 140 people are said to have been killed in the attack on the Crocus City Hall concert hall in Moscow on Friday evening.',
      ['Crocus City Hall=crocus-city-hall', 'Moscow=moscow'],
    ],
    [
      'Yes, Russia has experienced several terrorist attacks in recent decades, also from IS. This has led to stricter control from the authorities.',
      ['terrorist attacks=terrorist-attack', 'IS=islamic-state'],
    ],
    [
      '– The idea that the attackers traveled to Belarus, presumably to seek refuge there, will have harmful political consequences for Lukashenko and his regime, the think tank points out.',
      ['Belarus=belarus', 'Lukashenko=lukashenko', 'think tank=think-tank'],
    ],
    [
      'Røseth’s “optimistic analysis” of why Lukashenko chooses not to follow the Kremlin’s version is that Putin’s iron grip has begun to crack.',
      ['Røseth’s=tom-roseth', 'Lukashenko=lukashenko', 'Kremlin’s=kremlin', 'Putin’s=putin'],
    ],
    [
      'According to ISW, Lukashenko has few obvious reasons to lie about the terrorists’ escape route in this way.',
      ['ISW=isw', 'Lukashenko=lukashenko', 'terrorists=terrorist', 'escape route=escape-route'],
    ],
    ['On Sunday evening, they were produced for remand.', ['remand=remanded-in-custody']],
    [
      '– Mistakes have probably been made and they have downplayed the threat of terrorism, and Lukashenko making such a statement is also a challenge for Putin.',
      ['Lukashenko=lukashenko', 'Putin=putin'],
    ],
  ] as const)('%s', (text, expected) => {
    expect(marks(text, 'en')).toEqual(expected);
  });
});
