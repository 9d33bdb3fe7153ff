import { BriefingError } from '../diagnostics/index.js';
import { checkBriefing } from './checkBriefing.js';
import type { PositionMap } from './positionMap.js';
import type { ValidatedBriefing } from './validatedBriefing.js';

/**
 * Validates a value against the data format of CONTRACT.md and returns the
 * briefing, with `logo` and `photo` as absolute paths and bare numbers read
 * as the text they were written as. Throws a BriefingError listing every
 * problem. Idempotent: a validated Briefing passes again unchanged (but
 * the render path never asks: it takes the ValidatedBriefing made here).
 *
 * @param file the data file's path as the user gave it (for problems and relative paths)
 * @param positions where each value sits in the file (from the YAML/JSON parser)
 */
export function validateBriefing(value: unknown, file?: string, positions?: PositionMap): ValidatedBriefing {
  const { briefing, problems } = checkBriefing(value, file, positions);
  if (!briefing) throw new BriefingError(problems);
  return briefing;
}
