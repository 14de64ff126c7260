// Precision, recall and F1 of a predicted alignment against a gold one, counting a link as right only if both sides match exactly.
import type { AlignmentLink } from './align';

export interface AlignmentScore {
  precision: number;
  recall: number;
  f1: number;
}

export function scoreAlignment(predicted: readonly AlignmentLink[], gold: readonly AlignmentLink[]): AlignmentScore {
  const goldKeys = new Set(gold.map(linkKey));
  const correct = predicted.filter((link) => goldKeys.has(linkKey(link))).length;
  const precision = predicted.length === 0 ? 0 : correct / predicted.length;
  const recall = gold.length === 0 ? 0 : correct / gold.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

// Sorted so that a link's key does not depend on the order its indices were listed in.
function linkKey(link: AlignmentLink): string {
  const sorted = (indices: readonly number[]) => [...indices].sort((a, b) => a - b).join(',');
  return `${sorted(link.source)}|${sorted(link.target)}`;
}
