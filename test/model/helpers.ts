import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { isBriefingError, type Problem } from '../../src/diagnostics/index.js';
import { loadBriefingFile } from '../../src/model/loadBriefing.js';

/** A fresh folder under os.tmpdir() with the given files; removed after the test file. */
export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-model-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Writes `content` as `name` in a temp folder (with `extra` files beside it) and returns its path. */
export function dataFile(name: string, content: string, extra: Record<string, string | Uint8Array> = {}): string {
  return join(tempDir({ [name]: content, ...extra }), name);
}

/** The problems a file is refused with; fails the test if it loads. */
export async function problemsOf(path: string): Promise<readonly Problem[]> {
  try {
    await loadBriefingFile(path);
  } catch (e) {
    if (isBriefingError(e)) return e.problems;
    throw e;
  }
  throw new Error(`${path} loaded without problems`);
}

/** Loads a YAML text and returns its problems. */
export async function yamlProblems(content: string, extra: Record<string, string | Uint8Array> = {}): Promise<readonly Problem[]> {
  return problemsOf(dataFile('briefing.yaml', content, extra));
}

/** The smallest valid briefing, as YAML lines; tests append to it. */
export const MINIMAL = ['title: Брифинг', 'date: 2025-12-03', 'organization: Департамент полиции', 'speakers:', '  - name: Алия Кибаткызы'].join('\n');

/** The smallest valid PNG: 1×1, grey. */
export const PNG_1X1 = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==', 'base64'));
