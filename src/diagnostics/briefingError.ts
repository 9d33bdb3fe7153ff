import type { Problem } from './problem.js';
import { formatProblem } from './formatProblem.js';

/** Thrown (or rejected) by library code when a file or template is refused. */
export class BriefingError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], summary?: string) {
    super(summary ?? problems.map(formatProblem).join('\n'));
    this.name = 'BriefingError';
    this.problems = problems;
  }
}

export function isBriefingError(value: unknown): value is BriefingError {
  return value instanceof BriefingError;
}
