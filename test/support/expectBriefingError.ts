import { expect } from 'vitest';
import { BriefingError } from '../../src/diagnostics/briefingError.js';
import type { Problem } from '../../src/diagnostics/problem.js';

/** Runs `fn`, expects a BriefingError, returns its problems. */
export function problemsOf(fn: () => unknown): readonly Problem[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(BriefingError);
    return (error as BriefingError).problems;
  }
  throw new Error('expected a BriefingError, nothing was thrown');
}
