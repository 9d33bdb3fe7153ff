import type { Problem } from '../diagnostics/problem.js';
import type { SourcePos } from './types.js';

/** Where in the markup text: 1-based line and column. */
export interface MarkupPoint {
  line: number;
  column: number;
}

/**
 * A problem of the markup: `file`/`line` name the template that wrote the
 * element (from its position attribute), the message names the markup line:col.
 */
export function markupProblem(pos: SourcePos | undefined, at: MarkupPoint, message: string, hint?: string): Problem {
  return {
    code: 'markup',
    severity: 'error',
    message: `разметка ${at.line}:${at.column}: ${message}`,
    ...(pos ? { file: pos.template, line: pos.line } : {}),
    ...(hint ? { hint } : {}),
  };
}
