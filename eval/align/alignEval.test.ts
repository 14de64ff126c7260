// The alignment evaluation: perturbed sections and clean whole documents from the Debian Administrator's Handbook (README.md here).
import { describe, expect, it } from 'vitest';
import { evaluateClean, evaluateSection, loadCleanBook, loadSections } from './alignEval';

const f = (x: number) => x.toFixed(3);

describe('alignment on the handbook evaluation set', () => {
  it('links the paragraphs of perturbed sections (goal: macro F1 ≥ 0.995, every drop recovered)', { timeout: 60_000 }, () => {
    const reports = loadSections().map(evaluateSection);
    const lines = reports.map((r) => `${r.name.padEnd(44)} P ${f(r.aligner.precision)} R ${f(r.aligner.recall)} F1 ${f(r.aligner.f1)}   by position F1 ${f(r.position.f1)}   drops ${r.dropsRecovered}/${r.drops}`);
    const macro = (pick: (r: (typeof reports)[number]) => number) => reports.reduce((sum, r) => sum + pick(r), 0) / reports.length;
    const drops = reports.reduce((sum, r) => sum + r.drops, 0);
    const recovered = reports.reduce((sum, r) => sum + r.dropsRecovered, 0);
    lines.push(
      `macro: P ${f(macro((r) => r.aligner.precision))} R ${f(macro((r) => r.aligner.recall))} F1 ${f(macro((r) => r.aligner.f1))}   by position F1 ${f(macro((r) => r.position.f1))}   drops recovered ${recovered}/${drops}`,
    );
    process.stdout.write(`${lines.join("\n")}\n`);
    expect(macro((r) => r.aligner.f1)).toBeGreaterThanOrEqual(0.995);
    // Every drop of the set is recovered (README.md here).
    expect(recovered).toBe(drops);
  });

  it('makes at most 2 wrong links per 1,000 on clean whole documents (220 KB and 470 KB a side)', { timeout: 60_000 }, () => {
    const book = loadCleanBook();
    let chars = 0;
    const short = book.filter((p) => (chars += p.nb.length + 2) <= 220_000);
    for (const pairs of [short, book]) {
      const result = evaluateClean(pairs);
      const size = Math.round(pairs.reduce((sum, p) => sum + p.nb.length + 2, 0) / 1000);
      process.stdout.write(`clean ${pairs.length} paragraphs (${size} KB nb): ${result.wrong} wrong links, ${result.perThousand.toFixed(2)} per 1,000 (by position: 0)` + '\n');
      expect(result.perThousand).toBeLessThanOrEqual(2);
    }
  });
});
