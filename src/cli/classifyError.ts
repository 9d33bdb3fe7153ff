import { isBriefingError } from '../diagnostics/index.js';
import type { Problem } from '../diagnostics/index.js';

export type ClassifiedError =
  /** The library says the command line asked for something impossible (a format not built yet, a broken theme…). */
  | { kind: 'usage'; problems: readonly Problem[] }
  /** The file (or a template) breaks the contract: print the problems, refuse the file. */
  | { kind: 'refused'; problems: readonly Problem[] }
  /** Anything else is a bug: print the stack. */
  | { kind: 'internal'; error: unknown };

/** Sorts a rejection of `loadBriefing`/`renderBriefing` into what the CLI does with it. */
export function classifyError(error: unknown): ClassifiedError {
  if (!isBriefingError(error) || error.problems.length === 0) return { kind: 'internal', error };
  if (error.problems.some((p) => p.code === 'usage' || p.code === 'theme')) return { kind: 'usage', problems: error.problems };
  return { kind: 'refused', problems: error.problems };
}
