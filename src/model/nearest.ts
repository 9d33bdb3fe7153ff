/**
 * Edit distance with adjacent transpositions (optimal string alignment):
 * `titel` → `title` is 1, a typo rather than two.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** How far a word may be from a candidate to still be offered as "did you mean". */
function tolerance(word: string): number {
  if (word.length <= 3) return 1;
  if (word.length <= 6) return 2;
  return 3;
}

/** Words longer than this get no "did you mean" (a typo of a 65-letter id is not a typo). */
export const MAX_SUGGESTED_LENGTH = 64;

/**
 * The candidate closest to `word` (ignoring case), when it is close enough to
 * be a typo. A candidate whose length differs by more than the tolerance is
 * never measured (its distance is at least that difference): the cost stays
 * small for long words and many candidates.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  if (w.length > MAX_SUGGESTED_LENGTH) return undefined;
  const allowed = tolerance(w);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const lower = c.toLowerCase();
    if (Math.abs(lower.length - w.length) > allowed) continue;
    const dist = editDistance(w, lower);
    if (dist < bestDistance) {
      best = c;
      bestDistance = dist;
    }
  }
  if (best === undefined || bestDistance > allowed || bestDistance >= best.length) return undefined;
  return best;
}

/** At most `max` names joined by commas, then how many more: «a, b, c и ещё 2 980». */
export function someNames(names: readonly string[], max = 20): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} и ещё ${(names.length - max).toLocaleString('ru-RU')}`;
}
