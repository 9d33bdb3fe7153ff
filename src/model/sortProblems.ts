import type { Problem } from '../diagnostics/index.js';

/** Problems in the order of the file: by line, then column; those without a line last. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const key = (n: number | undefined): number => n ?? Number.MAX_SAFE_INTEGER;
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => key(a.p.line) - key(b.p.line) || key(a.p.column) - key(b.p.column) || a.i - b.i)
    .map(({ p }) => p);
}
