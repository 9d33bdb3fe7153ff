/**
 * A percentage rounded to one decimal, half away from zero, without the noise of
 * binary floating point (1.45 → 1.5, not 1.4) and never -0.
 */
export function roundPercent(x: number): number {
  const abs = Math.abs(x);
  const scaled = abs * 10;
  // 12 significant digits remove float noise such as 14.499999999999998.
  const clean = scaled < 1e11 ? Number(scaled.toPrecision(12)) : scaled;
  const rounded = Math.round(clean) / 10;
  if (rounded === 0) return 0;
  return x < 0 ? -rounded : rounded;
}
