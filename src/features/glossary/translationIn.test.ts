import { describe, expect, it } from 'vitest';
import type { GlossaryMatch } from '../../core/glossary/types';
import type { Lang } from '../../core/lang';
import { translationIn } from './translationIn';

// A stand-in matcher: "tankesmien" (nb) and "think tank" (en) are one entry.
const find = (text: string, lang: Lang): GlossaryMatch[] => {
  const term = lang === 'nb' ? 'tankesmien' : 'think tank';
  const start = text.toLowerCase().indexOf(term);
  return start === -1 ? [] : [{ start, end: start + term.length, entryId: 'think-tank' }];
};

describe('translationIn', () => {
  it('finds where the same entry stands in the aligned sentence', () => {
    const other = 'The think tank points out';
    const found = translationIn(find, 'nb', 'Tankesmien', other);
    expect(found && other.slice(found.start, found.end)).toBe('think tank');
  });

  it('finds nothing when the picked text is more than the term, or the other sentence lacks it', () => {
    expect(translationIn(find, 'nb', 'Tankesmien sier', 'The think tank says')).toBeUndefined();
    expect(translationIn(find, 'nb', 'Tankesmien', 'The institute says')).toBeUndefined();
  });
});
