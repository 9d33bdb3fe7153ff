/**
 * What the studio's server answers and its page reads: plain values only,
 * shared by both sides (the page is bundled with these types, no code).
 */

/** A problem as the page shows it: nothing but plain values. */
export interface PageProblem {
  severity: string;
  message: string;
  line?: number;
  column?: number;
  path?: string;
  expected?: string;
  hint?: string;
}

export type CheckResult = { ok: true; id: string; pages: number; warnings: PageProblem[] } | { ok: false; problems: PageProblem[] };
