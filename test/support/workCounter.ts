/**
 * A deterministic measure of how much work layout does: the characters it
 * hands the font library to measure. Tests compare it between a small and a
 * large input instead of timing anything (wall-clock times are never asserted).
 */
import { vi } from 'vitest';
import { fontLibrary } from '../../src/assets/fontLibrary.js';
import { loadTemplateSet } from '../../src/template/loadTemplateSet.js';
import type { Format } from '../../src/pipeline.js';

/** Runs `fn` and resolves to the number of characters measured meanwhile (the library of `format`'s theme). */
export async function measuredChars(format: Extract<Format, 'handout' | 'slides'>, fn: () => Promise<unknown>): Promise<number> {
  const library = fontLibrary(loadTemplateSet(format).theme.fonts);
  const spy = vi.spyOn(library.metrics, 'measure');
  try {
    await fn();
    return spy.mock.calls.reduce((sum, [, text]) => sum + text.length, 0);
  } finally {
    spy.mockRestore();
  }
}
