// Browser entry for the glossary benchmark: gives the page the kernel with Chromium's clock and the Snowball stemmers.
import { snowballStemmers } from '../../src/core/glossary/snowballStemmers';
import { runGlossaryBench, type GlossaryBenchResult } from './kernel';

declare global {
  interface Window {
    tolkGlossaryBench?: (runs?: number) => GlossaryBenchResult;
  }
}

window.tolkGlossaryBench = (runs) => runGlossaryBench(() => performance.now(), snowballStemmers, runs);
