// The first-visit copy's styles cut to the rules its page uses (build/prerenderPlugin.ts), so a first visit parses and
// matches about half the CSS before its first paint. The app's own stylesheets, whole, replace them when it starts.
import postcss, { type Rule } from 'postcss';
import { selectorToTry } from '../src/components/usedStyles.ts';

/** Rules inside these hold keyframes, not selectors: they are kept with their at-rule. */
const KEYFRAMES = /keyframes$/;
const inKeyframes = (rule: Rule): boolean => rule.parent?.type === 'atrule' && KEYFRAMES.test((rule.parent as postcss.AtRule).name);

/**
 * Style rules of `css` in order, each as the selectors to try (selectorToTry); `prune` then keeps the rules for which
 * `used` says true (a rule is used if any of its selectors matches), drops the grouping at-rules (@media, @supports,
 * @layer, @container) left empty, and leaves everything else as written (at-rules such as @font-face and @keyframes,
 * declarations, comments).
 */
export function styleRules(css: string): { selectors: string[][]; prune(used: readonly boolean[]): string } {
  const root = postcss.parse(css);
  const rules: Rule[] = [];
  root.walkRules((rule) => {
    if (!inKeyframes(rule)) rules.push(rule);
  });
  return {
    selectors: rules.map((rule) => rule.selectors.map(selectorToTry)),
    prune(used) {
      if (used.length !== rules.length) throw new Error(`${used.length} verdicts for ${rules.length} rules`);
      rules.forEach((rule, i) => {
        if (!used[i]) rule.remove();
      });
      // Inner groups first, so that a group holding only emptied groups goes too.
      const groups: postcss.AtRule[] = [];
      root.walkAtRules(/^(media|supports|layer|container)$/, (atRule) => void groups.push(atRule));
      for (const group of groups.reverse()) if (group.nodes && group.nodes.length === 0) group.remove();
      return root.toString();
    },
  };
}

/**
 * Runs in the drawn page: for each rule's selectors, whether any matches an element. A selector the browser cannot
 * read counts as a match, so nothing is lost that the browser might use.
 */
export function matchInPage(selectors: string[][]): boolean[] {
  return selectors.map((list) =>
    list.some((selector) => {
      try {
        return document.querySelector(selector) !== null;
      } catch {
        return true;
      }
    }),
  );
}
