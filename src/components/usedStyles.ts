// Which of the page's style rules a painted copy uses: the snapshot writer (pageSnapshot.ts) stores only those, as the
// build does for the first-visit copies (build/firstVisitStyles.ts), so a return visit's painter parses and matches
// half the CSS before its first frame (the reader's 19.7 kB of rules to 9.2). The app's own stylesheets, whole,
// replace the copy's when it starts.

/**
 * States a copy can be in later but is not in when it is drawn (the pointer over it, focus, a link's target). They are
 * taken out of a selector before it is tried, so a rule for any such state is kept if its element is on the page.
 */
const LATER_STATES = /:(?:hover|focus-visible|focus-within|focus|active|visited|target)(?![\w-])/g;
/** Pseudo-elements: they match no element themselves, so a selector is tried on the element that carries them. */
const PSEUDO_ELEMENTS = /::?(?:before|after|placeholder|marker|selection|backdrop|first-line|first-letter|file-selector-button|-webkit-[\w-]+|-moz-[\w-]+)(?![\w-])/g;

/** The selector as it is tried on the drawn page: without later states and pseudo-elements ("*" if nothing is left). */
export function selectorToTry(selector: string): string {
  return selector.replace(PSEUDO_ELEMENTS, '').replace(LATER_STATES, '').trim() || '*';
}

/**
 * A transition's declaration (any of its longhands) and the space after it; a name that only contains the word, such
 * as view-transition-name, is not one.
 */
const TRANSITION = /(?<=^|[{;\s])transition(?:-[a-z]+)*\s*:[^;{}]*(?:;\s*|(?=}))/g;

/**
 * A rule's text without its transitions, nested rules' included. The copy is inert and never changes, so they would
 * never run, but a transition of `transform` (the switches' knob) makes Chromium lay the whole page out whenever its
 * style is asked for, and the painter works the copy's style out in a task of its own (src/boot/paintSnapshot.ts).
 * They go here, as the snapshot is written, rather than in the painter, whose every millisecond comes before the paint.
 */
export const withoutTransitions = (cssText: string): string => cssText.replace(TRANSITION, '');

/**
 * One rule of a stylesheet as the writer reads it (once per sheet): a style rule's text (withoutTransitions) with the
 * selector to try; a group (@media, @supports, @layer, @container) as its head and its rules; anything else
 * (@font-face, @keyframes) as written, always kept.
 */
export type RuleText = { text: string; selector?: string } | { head: string; rules: RuleText[] };

/** Reads one CSSOM rule (by what it has: a nested style rule is a grouping rule too, and keyframes hold rules). */
export function readRule(rule: CSSRule): RuleText {
  if ('selectorText' in rule) return { text: withoutTransitions(rule.cssText), selector: selectorToTry(String(rule.selectorText)) };
  if ('cssRules' in rule && !('findRule' in rule)) {
    const text = rule.cssText;
    return { head: text.slice(0, text.indexOf('{')).trim(), rules: Array.from(rule.cssRules as CSSRuleList, readRule) };
  }
  return { text: rule.cssText };
}

/** The text of the rules a copy uses: style rules whose selector `matches`, groups with any such rule, everything else. */
export function usedRulesText(rules: readonly RuleText[], matches: (selector: string) => boolean): string {
  const kept: string[] = [];
  for (const rule of rules) {
    if ('rules' in rule) {
      const inner = usedRulesText(rule.rules, matches);
      if (inner) kept.push(`${rule.head} {\n${inner}\n}`);
    } else if (rule.selector === undefined || matches(rule.selector)) kept.push(rule.text);
  }
  return kept.join('\n');
}

/** Whether a selector matches an element in `scope`; one the browser cannot read counts as a match, so nothing the copy might use is lost. */
export const matchesIn =
  (scope: ParentNode) =>
  (selector: string): boolean => {
    try {
      return scope.querySelector(selector) !== null;
    } catch {
      return true;
    }
  };
