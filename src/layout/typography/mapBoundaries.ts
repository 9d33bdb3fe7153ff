import { STABLE_KIND, flexibleKind } from './textClasses.js';

/**
 * Maps positions in `input` (run boundaries) to positions in `output`, where
 * `output` is `input` after typography: both hold the same stable characters
 * (neither whitespace, quote nor dash) in the same order, and only the
 * flexible gaps between them differ. A boundary inside a gap is placed where
 * the input gap's left and right parts best match the output gap.
 * Positions must be ascending; the result is ascending too.
 */
export function mapBoundaries(input: string, output: string, boundaries: readonly number[]): number[] {
  const inStable = stablePositions(input);
  const outStable = stablePositions(output);
  const same = inStable.every((at, k) => input.charAt(at) === output.charAt(outStable[k] ?? -1));
  if (inStable.length !== outStable.length || !same) {
    throw new Error('mapBoundaries: the texts do not hold the same stable characters');
  }
  const result: number[] = [];
  let k = 0;
  let previous = 0;
  for (const p of boundaries) {
    while (k < inStable.length && (inStable[k] ?? 0) < p) k++;
    const a = k > 0 ? (inStable[k - 1] ?? 0) + 1 : 0;
    const b = k < inStable.length ? (inStable[k] ?? 0) : input.length;
    const c = k > 0 ? (outStable[k - 1] ?? 0) + 1 : 0;
    const d = k < outStable.length ? (outStable[k] ?? 0) : output.length;
    const split = splitGap(input.slice(a, p), input.slice(p, b), output.slice(c, d));
    previous = Math.max(previous, c + split);
    result.push(previous);
  }
  return result;
}

function stablePositions(text: string): number[] {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (flexibleKind(text.charCodeAt(i)) === STABLE_KIND) positions.push(i);
  }
  return positions;
}

/** Where to cut `gap` so that its two parts best correspond to `left` and `right`. */
function splitGap(left: string, right: string, gap: string): number {
  if (left.length + right.length === gap.length) return left.length;
  if ((left.length + right.length + 1) * (gap.length + 1) > 400) {
    return Math.round((gap.length * left.length) / Math.max(1, left.length + right.length));
  }
  let best = 0;
  let bestCost = Infinity;
  for (let s = 0; s <= gap.length; s++) {
    const cost = editCost(left, gap.slice(0, s)) + editCost(right, gap.slice(s));
    if (cost < bestCost) {
      bestCost = cost;
      best = s;
    }
  }
  return best;
}

/** Edit distance where a whitespace, quote or dash may turn into another of its kind for free. */
function editCost(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const same = flexibleKind(a.charCodeAt(i - 1)) === flexibleKind(b.charCodeAt(j - 1)) ? 0 : 1;
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + same));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}
