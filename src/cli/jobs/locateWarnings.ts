import { readFile } from 'node:fs/promises';
import type { Problem } from '../../diagnostics/problem.js';

/**
 * The warnings of one data file as people want them: each once for the file
 * (a character no font has is named once, not once per format), and a
 * missing glyph with the file, line and column where the data first has it.
 */
export async function locateWarnings(warnings: readonly Problem[], dataFile: string): Promise<Problem[]> {
  const text = warnings.some((w) => w.code === 'glyph') ? await readFile(dataFile, 'utf8').catch(() => '') : '';
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const warning of warnings) {
    const key = warning.code === 'glyph' && warning.excerpt ? `glyph:${warning.excerpt}` : `${warning.code}:${warning.file}:${warning.line}:${warning.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(warning.code === 'glyph' && warning.line === undefined ? { ...warning, file: dataFile, ...lineOf(text, warning.excerpt) } : warning);
  }
  return out;
}

function lineOf(text: string, excerpt: string | undefined): { line?: number; column?: number } {
  const at = excerpt ? text.indexOf(excerpt) : -1;
  if (at < 0) return {};
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: [...before.at(-1)!].length + 1 };
}
