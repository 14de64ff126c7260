import { describe, expect, it } from 'vitest';
import { formatArticleIssue } from '../article/pairArticles';
import { ENTRY_KINDS, isNameKind } from './entry';
import { parseGlossaryFile } from './parseGlossaryFile';

const FILE = 'articles/glossary.md';
const GOOD = `---
format: 1
---

## think-tank
kind: concept
nb: tankesmie
nb-forms: tankesmier, tankesmiene
en: think tank
definition-nb: En organisasjon som forsker og gir råd.
definition-en: An organization that conducts research and advises.
origin: 003

## islamic-state
kind: organisation
nb: IS
en: IS
case: exact
definition-nb: En ekstrem islamistisk gruppe.
definition-en: An extreme Islamist group.
`;

describe('parseGlossaryFile', () => {
  it('reads entries with their forms, definitions, case rule and origin', () => {
    const result = parseGlossaryFile(GOOD, FILE);
    expect(result).toEqual({
      ok: true,
      entries: [
        {
          id: 'think-tank',
          kind: 'concept',
          terms: { nb: ['tankesmie', 'tankesmier', 'tankesmiene'], en: ['think tank'] },
          definitions: { nb: 'En organisasjon som forsker og gir råd.', en: 'An organization that conducts research and advises.' },
          origin: '003',
        },
        {
          id: 'islamic-state',
          kind: 'organisation',
          terms: { nb: ['IS'], en: ['IS'] },
          caseSensitive: true,
          definitions: { nb: 'En ekstrem islamistisk gruppe.', en: 'An extreme Islamist group.' },
        },
      ],
    });
  });

  it.each([
    ['a missing definition', GOOD.replace('definition-en: An extreme Islamist group.\n', ''), `${FILE}:14: entry "islamic-state" has no \`definition-en\``],
    ['an unknown kind', GOOD.replace('kind: concept', 'kind: idea'), `${FILE}:5: entry "think-tank": kind must be one of word, phrase, concept, organisation, person, place`],
    ['a name written in lower case', GOOD.replace('nb: IS', 'nb: is'), `${FILE}:14: entry "islamic-state": a name (kind organisation) starts with a capital letter in both languages ("is", "IS")`],
    ['a name given a word\'s kind', GOOD.replace('kind: organisation', 'kind: word'), `${FILE}:14: entry "islamic-state": "IS" starts with a capital letter, as a name does: give it kind person, place or organisation, or write the word in lower case`],
    ['a duplicate id', GOOD.replace('## islamic-state', '## think-tank'), `${FILE}:14: entry id "think-tank" is used twice`],
    ['an unknown key', GOOD.replace('origin: 003', 'source: 003'), `${FILE}:12: not a known \`key: value\` line: "source: 003"`],
    ['an empty term', GOOD.replace('en: think tank', 'en:'), `${FILE}:9: \`en\` is empty in entry "think-tank"`],
    ['a bad case rule', GOOD.replace('case: exact', 'case: upper'), `${FILE}:14: entry "islamic-state": case can only be \`exact\``],
    ['no format', GOOD.replace('format: 1', 'format: 2'), `${FILE}:2: the glossary needs \`format: 1\` in its front matter`],
  ])('names the line and problem for %s', (_, text, expected) => {
    const result = parseGlossaryFile(text, FILE);
    expect(result.ok ? [] : result.issues.map(formatArticleIssue)).toContain(expected);
  });
});

describe('names and words', () => {
  it('tells names (person, place, organisation) from vocabulary', () => {
    expect(ENTRY_KINDS.map(isNameKind)).toEqual([false, false, false, true, true, true]);
  });
});
