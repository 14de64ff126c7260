// Which rules a painted copy uses: each rule read once, kept when its selector (in any later state) matches the copy.
import { describe, expect, it } from 'vitest';
import { matchesIn, readRule, selectorToTry, usedRulesText, withoutTransitions, type RuleText } from './usedStyles';

describe('selectorToTry', () => {
  it('tries a selector on the element, in any state it may be in later', () => {
    expect(selectorToTry('.seg:hover')).toBe('.seg');
    expect(selectorToTry('a:focus-visible')).toBe('a');
    expect(selectorToTry('.cell-caption::before')).toBe('.cell-caption');
    expect(selectorToTry('input::placeholder')).toBe('input');
    expect(selectorToTry(':focus-visible')).toBe('*');
  });

  it('keeps what describes the drawn page as it is', () => {
    expect(selectorToTry('button:disabled')).toBe('button:disabled');
    expect(selectorToTry('li:first-child > a')).toBe('li:first-child > a');
    expect(selectorToTry(':root[data-theme="dark"] .x')).toBe(':root[data-theme="dark"] .x');
    // Not a state: a longer name that starts like one.
    expect(selectorToTry('.x:focus-trap')).toBe('.x:focus-trap');
  });
});

/** A CSSOM rule as the browser gives it, for what readRule looks at. */
const styleRule = (selectorText: string, body = 'color: red;') => ({ selectorText, cssText: `${selectorText} { ${body} }` }) as unknown as CSSRule;
const groupRule = (head: string, rules: CSSRule[]) =>
  ({ cssText: `${head} {\n${rules.map((rule) => rule.cssText).join('\n')}\n}`, cssRules: rules }) as unknown as CSSRule;

describe('readRule', () => {
  it('reads a style rule with the selector to try, a group with its rules, and anything else as written', () => {
    expect(readRule(styleRule('.seg:hover'))).toEqual({ text: '.seg:hover { color: red; }', selector: '.seg' });
    expect(readRule(groupRule('@media (max-width: 40em)', [styleRule('.a')]))).toEqual({
      head: '@media (max-width: 40em)',
      rules: [{ text: '.a { color: red; }', selector: '.a' }],
    });
    const keyframes = { cssText: '@keyframes spin { to { rotate: 1turn; } }', cssRules: [], findRule: () => null } as unknown as CSSRule;
    expect(readRule(keyframes)).toEqual({ text: '@keyframes spin { to { rotate: 1turn; } }' });
    expect(readRule({ cssText: '@font-face { font-family: x; }' } as CSSRule)).toEqual({ text: '@font-face { font-family: x; }' });
  });

  it('reads a style rule without its transitions, which the inert copy never runs', () => {
    expect(readRule(styleRule('.switch-track::after', 'left: 0px; transition: transform 0.15s;'))).toEqual({ text: '.switch-track::after { left: 0px; }', selector: '.switch-track' });
  });
});

describe('withoutTransitions', () => {
  it('takes out every transition declaration, nested rules included, and nothing else', () => {
    expect(withoutTransitions('.knob::after { left: 0px; transition: transform 0.12s ease-out; }')).toBe('.knob::after { left: 0px; }');
    expect(withoutTransitions('.a { transition-duration: 1s; color: red; & .b { transition-property: left; transition-delay: 0s; top: 0px; } }')).toBe(
      '.a { color: red; & .b { top: 0px; } }',
    );
    expect(withoutTransitions('.a { color: red; transition: none }')).toBe('.a { color: red; }');
  });

  it('keeps what only has the word in it: another property, a selector, a custom property', () => {
    const text = '.transition:hover { view-transition-name: main; --transition-speed: 2; color: red; }';
    expect(withoutTransitions(text)).toBe(text);
  });
});

describe('usedRulesText', () => {
  const rules: RuleText[] = [
    { text: ':root { --ink: #222; }', selector: ':root' },
    { text: '.used { color: red; }', selector: '.used' },
    { text: '.unused { color: blue; }', selector: '.unused' },
    { head: '@media (max-width: 40em)', rules: [{ text: '.unused { margin: 0; }', selector: '.unused' }] },
    { head: '@supports (display: grid)', rules: [{ head: '@media (min-width: 60em)', rules: [{ text: '.used { display: grid; }', selector: '.used' }] }] },
    { text: '@keyframes spin { to { rotate: 1turn; } }' },
  ];

  it('keeps the rules whose selector matches, groups holding one, and rules without a selector', () => {
    const used = usedRulesText(rules, (selector) => selector !== '.unused');
    expect(used).toBe(
      [':root { --ink: #222; }', '.used { color: red; }', '@supports (display: grid) {\n@media (min-width: 60em) {\n.used { display: grid; }\n}\n}', '@keyframes spin { to { rotate: 1turn; } }'].join('\n'),
    );
  });

  it('keeps everything when every selector matches', () => {
    expect(usedRulesText(rules, () => true).split('\n').filter((line) => line.includes('.unused'))).toHaveLength(2);
  });
});

describe('matchesIn', () => {
  it('asks the scope, and counts a selector it cannot read as a match', () => {
    const scope = {
      querySelector: (selector: string) => {
        if (selector.includes('::')) throw new SyntaxError(selector);
        return selector === '.here' ? ({} as Element) : null;
      },
    } as unknown as ParentNode;
    expect(matchesIn(scope)('.here')).toBe(true);
    expect(matchesIn(scope)('.elsewhere')).toBe(false);
    expect(matchesIn(scope)('::-unknown')).toBe(true);
  });
});
