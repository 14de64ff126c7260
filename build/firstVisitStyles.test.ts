// The first-visit copy's styles: only the rules its page uses, with every state and pseudo-element of a used element kept.
import { describe, expect, it } from 'vitest';
import { styleRules } from './firstVisitStyles';

describe('styleRules', () => {
  const css = [
    ':root{--ink:#222}',
    '.used,.other{color:red}',
    '.unused{color:blue}',
    '@media (max-width:40em){.unused{margin:0}}',
    '@media (max-width:40em){.used{margin:1px}}',
    '@supports (display:grid){@media (min-width:60em){.unused{display:grid}}}',
    '@keyframes fade{from{opacity:0}to{opacity:1}}',
    '@font-face{font-family:X;src:url(/x.woff2)}',
    '.used:hover::after{content:""}',
  ].join('');

  it('lists each style rule\'s selectors as they are tried, keyframes aside', () => {
    expect(styleRules(css).selectors).toEqual([[':root'], ['.used', '.other'], ['.unused'], ['.unused'], ['.used'], ['.unused'], ['.used']]);
  });

  it('keeps the used rules and everything that is not a style rule, and drops the groups it empties', () => {
    const onPage = new Set([':root', '.used']);
    const rules = styleRules(css);
    const pruned = rules.prune(rules.selectors.map((list) => list.some((selector) => onPage.has(selector))));
    expect(pruned).toBe(
      ':root{--ink:#222}.used,.other{color:red}@media (max-width:40em){.used{margin:1px}}@keyframes fade{from{opacity:0}to{opacity:1}}@font-face{font-family:X;src:url(/x.woff2)}.used:hover::after{content:""}',
    );
  });

  it('refuses verdicts that do not fit its rules', () => {
    expect(() => styleRules(css).prune([true])).toThrow(/1 verdicts for 7 rules/);
  });
});
