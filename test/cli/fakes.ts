import { mkdtemp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { BriefingError } from '../../src/diagnostics/index.js';
import type { Problem } from '../../src/diagnostics/index.js';
import type { ValidatedBriefing } from '../../src/model/validatedBriefing.js';
import type { Format, RenderOptions } from '../../src/pipeline.js';
import type { CliIo } from '../../src/cli/io.js';
import type { PipelineDeps } from '../../src/cli/pipelineDeps.js';

export interface CapturedIo extends CliIo {
  stdout: string[];
  stderr: string[];
}

export function captureIo(): CapturedIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

/** The bytes the fake renderer returns for a file and a format. */
export function fakePdf(name: string, format: Format): Uint8Array {
  return new TextEncoder().encode(`%PDF-fake ${name} ${format}`);
}

export interface FakeBehaviour {
  /** A format whose rendering rejects with a (non-usage) BriefingError. */
  failFormat?: Format;
  /** A format whose rendering rejects with a usage problem («not built yet»). */
  usageFormat?: Format;
  /** File names whose rendering throws a plain bug (TypeError). */
  crashOn?: string;
  /** Warnings sent through onWarning for every render. */
  warnings?: Problem[];
}

export interface FakeDeps extends PipelineDeps {
  loaded: string[];
  rendered: { name: string; options: RenderOptions }[];
}

/** The problem the fake loader reports for any file whose name contains `bad`. */
export function badProblem(file: string): Problem {
  return {
    code: 'type',
    severity: 'error',
    file,
    path: 'statistics[0].items[1].value',
    line: 12,
    column: 7,
    message: 'ожидалось число, получена строка «сто»',
  };
}

/**
 * A pipeline that never touches fonts: load rejects for files named `*bad*`,
 * render returns `fakePdf(name, format)` unless told to fail.
 */
export function fakeDeps(behaviour: FakeBehaviour = {}): FakeDeps {
  const loaded: string[] = [];
  const rendered: { name: string; options: RenderOptions }[] = [];
  return {
    loaded,
    rendered,
    loadBriefing: async (path: string) => {
      loaded.push(path);
      if (basename(path).includes('bad')) throw new BriefingError([badProblem(path)]);
      return { title: basename(path).replace(/\.[^.]+$/, '') } as unknown as ValidatedBriefing;
    },
    renderBriefing: async (briefing: ValidatedBriefing, options: RenderOptions = {}) => {
      const format = options.format ?? 'handout';
      rendered.push({ name: briefing.title, options });
      for (const warning of behaviour.warnings ?? []) options.onWarning?.(warning);
      if (briefing.title === behaviour.crashOn) throw new TypeError('Cannot read properties of undefined');
      if (format === behaviour.usageFormat) {
        throw new BriefingError([{ code: 'usage', severity: 'error', message: `формат ${format} пока не поддерживается` }]);
      }
      if (format === behaviour.failFormat) {
        throw new BriefingError([{ code: 'template', severity: 'error', file: `templates/${format}/layout.hbs`, line: 3, message: 'неизвестный помощник' }]);
      }
      return fakePdf(briefing.title, format);
    },
  };
}

/** A fresh folder with the given files (relative path → content). */
export async function makeTree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'briefing-cli-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

/** Every name in a folder, hidden ones included, sorted. */
export async function listDir(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}
