// Vite plugin: has V8 compile the bundled CommonJS modules (react-dom above all) while their file streams in, off the
// main thread, rather than when the app first requires them.
//
// Rolldown wraps each CommonJS module in an arrow function, `__commonJSMin(((exports, module) => { … }))`, called when
// the module is first required. V8 only pre-parses a function it is not told will run at once, then parses and
// compiles it in full, on the main thread, at that first call: react-dom's 200 kB took 20–30 ms of the reader's start
// there, and its step's task passed 50 ms on some first visits (issue #15). A parenthesised `function` expression is
// V8's sign of a function about to be called, compiled eagerly with the rest of the file on a background thread.
// Only the wrapper's form changes: it is called as before, with no `this` (modules are strict) and its own arguments.
import type { Plugin } from 'vite';

/** The opening of Rolldown's CommonJS wrapper, before minification, with the wrapper's parameters. */
const COMMONJS_WRAPPER = /__commonJSMin\(\(\(([\w$]*(?:, [\w$]+)*)\) => \{/g;

/**
 * `code` with every CommonJS wrapper written as a parenthesised function expression; how many were rewritten, and how
 * many calls to the wrapper were of another form (a Rolldown update could change it: the plugin then says so).
 */
export function eagerCommonJs(code: string): { code: string; wrappers: number; unknown: number } {
  let wrappers = 0;
  const rewritten = code.replace(COMMONJS_WRAPPER, (_, params: string) => {
    wrappers++;
    return `__commonJSMin((function(${params}) {`;
  });
  const calls = rewritten.match(/__commonJSMin\(/g)?.length ?? 0;
  return { code: rewritten, wrappers, unknown: calls - wrappers };
}

export function eagerCommonJsPlugin(): Plugin {
  return {
    name: 'tolk-eager-commonjs',
    apply: 'build',
    renderChunk(code, chunk) {
      const { code: rewritten, wrappers, unknown } = eagerCommonJs(code);
      if (unknown > 0) this.warn(`${chunk.fileName}: ${unknown} CommonJS wrapper(s) of a form this plugin does not know; V8 will compile them on the main thread`);
      // No source maps are built (vite.config.ts), so none to shift.
      return wrappers > 0 ? { code: rewritten, map: null } : null;
    },
  };
}
