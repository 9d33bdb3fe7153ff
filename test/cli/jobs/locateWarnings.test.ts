import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/diagnostics/index.js';
import { formatProblem } from '../../../src/diagnostics/index.js';
import { locateWarnings } from '../../../src/cli/jobs/locateWarnings.js';
import { makeTree } from '../fakes.js';

const glyph = (where: string): Problem => ({
  code: 'glyph',
  severity: 'warning',
  excerpt: '𓀀',
  message: `символа «𓀀» (U+13000) нет ни в одном шрифте (${where})`,
});

describe('locateWarnings', () => {
  it('names a missing glyph once per file, not once per format, with the data file line and column', async () => {
    const dir = await makeTree({ 'b.yaml': 'title: Брифинг\nlead: |\n  Знак 𓀀 и ещё 𓀀\n' });
    const file = join(dir, 'b.yaml');
    const located = await locateWarnings([glyph('в тексте «Знак»'), glyph('в тексте слайда')], file);
    expect(located).toHaveLength(1);
    expect(formatProblem(located[0]!)).toBe(`${file}:3:8: предупреждение: символа «𓀀» (U+13000) нет ни в одном шрифте (в тексте «Знак»)`);
  });
});
