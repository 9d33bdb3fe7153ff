/**
 * The test tiers of vitest.config.ts: the quick tier's files share one module
 * graph per worker, so a file that replaces a module (vi.mock) would replace it
 * for the files after it too; such a file must be listed in MOCKING_FILES.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOCKING_FILES } from '../vitest.config.js';

const root = resolve(import.meta.dirname, '..');
const files = (readdirSync(join(root, 'test'), { recursive: true }) as string[])
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => relative(root, join(root, 'test', f)).replaceAll('\\', '/'));

describe('test tiers', () => {
  it('every file that mocks a module has a module graph of its own', () => {
    const mocking = files.filter((f) => /\bvi\.(mock|doMock|unmock|resetModules)\(/.test(readFileSync(join(root, f), 'utf8')));
    expect(mocking.length).toBeGreaterThan(0);
    const unlisted = mocking.filter((f) => ![...MOCKING_FILES.quick, ...MOCKING_FILES.e2e].includes(f));
    expect(unlisted).toEqual([]);
    // …and every file listed does mock (a stale entry would isolate a file for nothing).
    expect([...MOCKING_FILES.quick, ...MOCKING_FILES.e2e].filter((f) => !mocking.includes(f))).toEqual([]);
  });
});
