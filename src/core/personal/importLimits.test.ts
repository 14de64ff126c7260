import { describe, expect, it } from 'vitest';
import { MAX_GLOSSARY_TERMS, overGlossaryLimit } from './importLimits';

describe('overGlossaryLimit', () => {
  it('lets an import fill the glossary up to the limit exactly', () => {
    expect(overGlossaryLimit(MAX_GLOSSARY_TERMS - 10, 10)).toBeUndefined();
    expect(overGlossaryLimit(0, 10_000)).toBeUndefined();
  });

  it('refuses an import that would take the glossary past the limit, saying how many it would hold', () => {
    expect(overGlossaryLimit(MAX_GLOSSARY_TERMS - 10, 11)).toBe(MAX_GLOSSARY_TERMS + 1);
    expect(overGlossaryLimit(45_000, 10_000)).toBe(55_000);
  });

  it('never refuses adding nothing, even to a glossary already over the limit (written by a restore or an older version)', () => {
    expect(overGlossaryLimit(MAX_GLOSSARY_TERMS + 5, 0)).toBeUndefined();
  });
});
