import { describe, expect, it } from 'vitest';
import { testVersion } from '../article/testVersions';
import { findMatchingSegments, type SegmentMatch } from './matchSegments';

const versions = {
  nb: testVersion('nb', 'Presidenten i Belarus skaper trøbbel', [
    ['Lukasjenko hevdet at terroristene flyktet.', 'Tankesmien ISW påpeker det.'],
    ['Sanksjonene mot Belarus virker.'],
    ['Tankesmier i Vesten mener sanksjoner mot Belarus virker.'],
  ]),
  en: testVersion('en', 'Belarus president makes trouble', [
    ['Lukashenko claimed the terrorists fled.', 'The think tank ISW points this out.'],
    ['The sanctions against Belarus work.'],
    ['Western think tanks believe sanctions against Belarus work.'],
  ]),
};
const words = (match: SegmentMatch | undefined) => match?.highlights.map(({ start, end }) => match.text[match.lang].slice(start, end));

describe('findMatchingSegments', () => {
  it('gives the block, the segment, both texts and the offsets of the matched words', () => {
    const [match] = findMatchingSegments(versions, 'tankesmien ');
    expect(match).toMatchObject({ block: 0, seg: 1, lang: 'nb', text: { nb: 'Tankesmien ISW påpeker det.', en: 'The think tank ISW points this out.' } });
    expect(match?.highlights).toEqual([{ start: 0, end: 10 }]);
  });

  it('puts the segment with every word first, and the others after it in reading order', () => {
    const found = findMatchingSegments(versions, 'tankesmie sanksjonene ', 3);
    expect(found.map(({ block, seg }) => [block, seg])).toEqual([
      [2, 0],
      [0, 1],
      [1, 0],
    ]);
    expect(words(found[0])).toEqual(['Tankesmier', 'sanksjoner']);
  });

  it('shows the segment with the most words when no segment has them all', () => {
    const [match] = findMatchingSegments(versions, 'Lukasjenko ISW sanksjoner ');
    expect(match).toMatchObject({ block: 0, seg: 0, lang: 'nb' });
    expect(words(match)).toEqual(['Lukasjenko']);
  });

  it('matches in the language where the words are, the title as block -1', () => {
    const [match] = findMatchingSegments(versions, 'trouble');
    expect(match).toMatchObject({ block: -1, seg: 0, lang: 'en', text: { nb: 'Presidenten i Belarus skaper trøbbel' } });
    expect(words(match)).toEqual(['trouble']);
  });

  it('lists a segment once, in bokmål when both languages have the words', () => {
    const found = findMatchingSegments(versions, 'ISW ', 5);
    expect(found.map(({ block, seg, lang }) => [block, seg, lang])).toEqual([[0, 1, 'nb']]);
  });

  it('highlights every word the prefix starts, across languages as the index does', () => {
    const [match] = findMatchingSegments(versions, 'think tank sanct');
    expect(match).toMatchObject({ block: 2, seg: 0, lang: 'en' });
    expect(words(match)).toEqual(['think', 'tanks', 'sanctions']);
  });

  it('finds nothing for words that are not there, or no words', () => {
    expect(findMatchingSegments(versions, 'Oslo ')).toEqual([]);
    expect(findMatchingSegments(versions, '')).toEqual([]);
    expect(findMatchingSegments(versions, 'Belarus ', 0)).toEqual([]);
  });
});
