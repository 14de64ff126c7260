import { describe, expect, it } from 'vitest';
import { cpuTimes, idleShare } from './quiet.mjs';

const stat = (user, idle, iowait) => `cpu  ${user} 0 100 ${idle} ${iowait} 0 0 0 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\nintr 1 2\n`;

describe('the machine is quiet', () => {
  it('counts idle and I/O wait against every kind of CPU time from the summed line, not a core’s', () => {
    expect(cpuTimes(stat(500, 1000, 50))).toEqual({ idle: 1050, total: 1650 });
  });

  it('gives the idle share of the time between two readings', () => {
    expect(idleShare(cpuTimes(stat(500, 1000, 0)), cpuTimes(stat(600, 1300, 0)))).toBeCloseTo(0.75);
    expect(idleShare(cpuTimes(stat(500, 1000, 0)), cpuTimes(stat(900, 1000, 0)))).toBe(0);
  });

  it('reads no time passed as idle, and refuses a file without the summed line', () => {
    expect(idleShare(cpuTimes(stat(1, 2, 3)), cpuTimes(stat(1, 2, 3)))).toBe(1);
    expect(() => cpuTimes('cpu0 1 2 3 4\n')).toThrow(/summed cpu line/);
  });
});
