/**
 * Round ticks for a value axis that starts at zero: steps of 1, 2 or 5 times
 * a power of ten, about `count` of them, the last one at or above `max`.
 * 698 → 0, 100 … 700; 55.6 → 0, 10 … 60; 0.37 → 0, 0.1 … 0.4. With
 * `integers` (counts), no step is below 1: 3 → 0, 1, 2, 3.
 */
export function niceTicks(max: number, count = 5, integers = false): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const step = integers ? Math.max(1, tickStep(max, count)) : tickStep(max, count);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const n = Math.ceil(max / step - 1e-9);
  const ticks: number[] = [];
  for (let i = 0; i <= n; i++) ticks.push(Number((i * step).toFixed(decimals)));
  return ticks;
}

/** The step between ticks: 1, 2 or 5 × 10^k, the one nearest max / count. */
export function tickStep(max: number, count: number): number {
  const raw = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}
