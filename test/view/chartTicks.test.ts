import { describe, expect, it } from 'vitest';
import { niceTicks, tickStep } from '../../src/view/chartTicks.js';

/** 1, 2 or 5 times a power of ten. */
function isRound(step: number): boolean {
  const power = 10 ** Math.floor(Math.log10(step) + 1e-9);
  return [1, 2, 5, 10].some((f) => Math.abs(step / power - f) < 1e-9);
}

describe('niceTicks', () => {
  it('steps by round numbers from zero to at or above the maximum', () => {
    expect(niceTicks(698)).toEqual([0, 100, 200, 300, 400, 500, 600, 700]);
    expect(niceTicks(55.6)).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(niceTicks(0.37)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(niceTicks(3, 5, true)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(1, 5, true)).toEqual([0, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('is round, evenly spaced and covers the maximum for any value', () => {
    for (const max of [1, 7, 9.99, 12.5, 99, 101, 683, 2564, 12345.6, 0.004, 1e9]) {
      const ticks = niceTicks(max);
      const step = ticks[1]! - ticks[0]!;
      expect(isRound(tickStep(max, 5)), String(max)).toBe(true);
      expect(ticks[0]).toBe(0);
      expect(ticks[ticks.length - 1]!).toBeGreaterThanOrEqual(max);
      expect(ticks[ticks.length - 2]!).toBeLessThan(max);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expect(ticks.length).toBeLessThanOrEqual(12);
      ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step, 9));
      // no floating-point noise in the printed numbers
      for (const t of ticks) expect(String(t)).not.toMatch(/\.\d*(0000|9999)/);
    }
  });
});
