import type { z } from 'zod';
import type { PathSegment } from './positionMap.js';

export type Issue = z.core.$ZodIssue;

/** One zod issue at an absolute path; `types` is set for a value no branch of a union accepts. */
export interface FlatIssue {
  issue: Issue;
  path: PathSegment[];
  types?: string[];
}

function segments(path: readonly PropertyKey[]): PathSegment[] {
  return path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number');
}

/** A branch that failed only because the value had the wrong type. */
function isRootMismatch(issue: Issue): boolean {
  if (issue.path.length > 0) return false;
  if (issue.code === 'invalid_type') return true;
  return issue.code === 'invalid_union' && issue.errors.every((b) => b.every(isRootMismatch));
}

function expectedTypes(issue: Issue): string[] {
  if (issue.code === 'invalid_type') return [issue.expected];
  if (issue.code === 'invalid_union') return issue.errors.flatMap((b) => b.flatMap(expectedTypes));
  return [];
}

/**
 * Turns union issues into what the user needs: if some branch of the union
 * got past the type check (a string that fails a pattern, a list of two
 * unit forms), its issues; otherwise one type mismatch listing every
 * type the union would take.
 */
export function flattenIssue(issue: Issue, prefix: readonly PathSegment[] = []): FlatIssue[] {
  const path = [...prefix, ...segments(issue.path)];
  if (issue.code !== 'invalid_union') return [{ issue, path }];
  const informative = issue.errors.find((branch) => !branch.every(isRootMismatch));
  if (informative) return informative.flatMap((i) => flattenIssue(i, path));
  return [{ issue, path, types: [...new Set(expectedTypes(issue))] }];
}
