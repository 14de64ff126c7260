// Waits for a quiet machine before a measurement (issue #15 asks for Lighthouse on one): the share of CPU time the
// machine's cores spent idle, read from Linux's /proc/stat over a short window.
//
// The 1-minute load average stays high for a minute after a build or a bench has ended, and says nothing of the
// moment; a Chromium that is still closing, or the build's prerendering browser, takes a core from the run that
// starts beside it. Elsewhere than Linux this resolves at once.
import { existsSync, readFileSync } from 'node:fs';

const STAT = '/proc/stat';

/** The summed `cpu` line of /proc/stat as { idle, total } jiffies (idle includes waiting for I/O). */
export function cpuTimes(stat) {
  const line = stat.split('\n').find((row) => row.startsWith('cpu '));
  if (!line) throw new Error('no summed cpu line in /proc/stat');
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest times are inside user and nice already)
  const [user, nice, system, idle, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
  return { idle: idle + iowait, total: user + nice + system + idle + iowait + irq + softirq + steal };
}

/** The share of CPU time spent idle between two readings of cpuTimes (1 when no time passed). */
export function idleShare(before, after) {
  const total = after.total - before.total;
  return total > 0 ? (after.idle - before.idle) / total : 1;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the cores were at least `idle` idle over a window of `windowMs`, or after `timeoutMs`; gives the
 * last window's idle share and how long it waited, for the report.
 */
export async function untilQuiet({ idle = 0.9, windowMs = 1000, timeoutMs = 30_000 } = {}) {
  if (!existsSync(STAT)) return { idle: undefined, waitedMs: 0 };
  const start = Date.now();
  for (;;) {
    const before = cpuTimes(readFileSync(STAT, 'utf8'));
    await sleep(windowMs);
    const share = idleShare(before, cpuTimes(readFileSync(STAT, 'utf8')));
    const waitedMs = Date.now() - start;
    if (share >= idle || waitedMs >= timeoutMs) return { idle: share, waitedMs, quiet: share >= idle };
  }
}
