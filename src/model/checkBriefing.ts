import { resolve } from 'node:path';
import type { Problem } from '../diagnostics/index.js';
import { assetBase, checkAssets } from './checkAssets.js';
import { attachDigits, digitProblemsOf, takeDigits } from './attachDigits.js';
import { checkReferences } from './checkReferences.js';
import { checkStrings } from './checkStrings.js';
import { flattenIssue } from './flattenIssues.js';
import { issueToProblems } from './issueToProblems.js';
import { findPosition, type PositionMap } from './positionMap.js';
import { restoreNumberText } from './restoreNumberText.js';
import { briefingSchema, type Briefing } from './schema.js';
import { sortProblems } from './sortProblems.js';
import { markValidated, type ValidatedBriefing } from './validatedBriefing.js';

export interface CheckResult {
  /** Set only when there are no problems. */
  briefing?: ValidatedBriefing;
  /** Every problem of the value, sorted by line. */
  problems: Problem[];
}

/**
 * Validates a parsed data file against the contract: the schema, then the
 * cross-checks and the image files. Every problem is collected; nothing is
 * thrown. `file` is the path as the user gave it; `logo` and `photo`
 * resolve against its folder (against the working folder without one).
 */
export function checkBriefing(input: unknown, file?: string, positions?: PositionMap, assets?: string): CheckResult {
  // Digits the loader added (a Briefing validated again); a data file never has them.
  const { value, digits } = file === undefined ? takeDigits(input) : { value: input, digits: new Map<string, unknown>() };
  if (value === undefined || value === null) {
    const pos = findPosition(positions, '');
    return {
      problems: [
        {
          code: 'required',
          severity: 'error',
          file,
          line: pos?.line,
          column: pos?.column,
          message: 'файл пуст: в нём нет ни одного поля брифинга',
          expected: 'поля title, date, organization, speakers',
        },
      ],
    };
  }
  const { problems: strings, tooLarge } = checkStrings(value, file, positions);
  // Past a whole-file limit (values, characters), nothing else is checked: it would cost as much.
  if (tooLarge) return { problems: strings };
  const result = briefingSchema.safeParse(value);
  const problems: Problem[] = [];
  if (!result.success) {
    const ctx = { input: value, file, positions };
    for (const issue of result.error.issues) {
      for (const flat of flattenIssue(issue)) for (const p of issueToProblems(flat, ctx)) problems.push(p);
    }
    // the figures that could not be printed exactly either: every problem at once
    if (file !== undefined) for (const p of digitProblemsOf(value, file, positions)) problems.push(p);
  }
  for (const list of [checkReferences(value, file, positions), strings, checkAssets(value, file, positions, assets)]) for (const p of list) problems.push(p);
  if (!result.success || problems.length > 0) return { problems: sortProblems(onePerPath(problems)) };

  const restored = restoreNumberText(value, result.data, positions);
  const exact = attachDigits(restored, file, positions, digits);
  if (exact.problems.length > 0) return { problems: sortProblems(exact.problems) };
  return { briefing: markValidated(resolveAssets(exact.briefing, assetBase(file, assets))), problems: [] };
}

/** One problem per data path: a bad date is not also a date that does not exist. */
function onePerPath(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    if (p.path === undefined) return true;
    if (seen.has(p.path)) return false;
    seen.add(p.path);
    return true;
  });
}

function resolveAssets(b: Briefing, base: string): Briefing {
  return {
    ...b,
    ...(b.logo !== undefined ? { logo: resolve(base, b.logo) } : {}),
    speakers: b.speakers.map((s) => (s.photo !== undefined ? { ...s, photo: resolve(base, s.photo) } : s)),
  };
}
