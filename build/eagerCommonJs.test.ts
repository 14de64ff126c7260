// The CommonJS wrappers of a Rolldown chunk, written for V8 to compile eagerly: same modules, same results.
import { describe, expect, it } from 'vitest';
import { eagerCommonJs } from './eagerCommonJs';

/** A chunk as Rolldown renders it before minification: its runtime's wrapper and three CommonJS modules. */
const CHUNK = `var __commonJSMin = (cb, mod) => () => (mod || cb((mod = { exports: {} }).exports, mod), mod.exports);
var require_side = /* @__PURE__ */ __commonJSMin((() => {
	globalThis.__sideEffects = (globalThis.__sideEffects ?? 0) + 1;
}));
var require_answer = /* @__PURE__ */ __commonJSMin(((exports) => {
	exports.answer = 42;
	exports.self = this;
}));
var require_greet = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const answer = require_answer().answer;
	module.exports = (name) => \`\${name}: \${answer}\`;
}));
require_side();
return { greet: require_greet()('svar'), self: require_answer().self, again: require_answer() === require_answer() };`;

describe('eagerCommonJs', () => {
  it('writes each CommonJS wrapper as a parenthesised function expression, and nothing else', () => {
    const { code, wrappers, unknown } = eagerCommonJs(CHUNK);
    expect([wrappers, unknown]).toEqual([3, 0]);
    expect(code).toContain('__commonJSMin((function() {');
    expect(code).toContain('__commonJSMin((function(exports) {');
    expect(code).toContain('__commonJSMin((function(exports, module) {');
    expect(code).not.toMatch(/__commonJSMin\(\(\(/);
    // The runtime's own arrows and the modules' inner ones stay as they are.
    expect(code).toContain('var __commonJSMin = (cb, mod) => () =>');
    expect(code).toContain('module.exports = (name) =>');
  });

  it('leaves the modules doing what they did: exports, one evaluation each, no `this`', () => {
    const run = (code: string) => new Function(`"use strict";\n${code}`)() as unknown;
    const before = run(CHUNK);
    expect(before).toEqual({ greet: 'svar: 42', self: undefined, again: true });
    expect(run(eagerCommonJs(CHUNK).code)).toEqual(before);
  });

  it('changes nothing in a chunk without CommonJS modules', () => {
    const code = 'const f = ((a) => { return a; });\nexport { f };';
    expect(eagerCommonJs(code)).toEqual({ code, wrappers: 0, unknown: 0 });
  });

  it('counts the wrappers of a form it does not know', () => {
    expect(eagerCommonJs('var require_x = __commonJSMin(function named(exports) {});').unknown).toBe(1);
  });
});
