import type { Problem } from '../../diagnostics/index.js';
import type { DataInput } from '../collectInputs.js';
import type { JobReport } from '../jobs/jobTypes.js';

/** One data file in the `--json` report. */
export interface JsonFileReport {
  file: string;
  status: 'written' | 'refused';
  /** Files written: the PDFs, then the page images. */
  outputs: string[];
  problems: Problem[];
  warnings: Problem[];
  /** Old outputs of a refused file that were deleted. */
  removed: string[];
  /** A bug, with its stack (the file is refused). */
  internalError?: string;
}

/** What `briefing render --json` prints on standard output. */
export interface JsonRunReport {
  ok: boolean;
  written: number;
  refused: number;
  seconds: number;
  /** Paths refused before loading first, then the data files in the order of the command line (folders: by name). */
  files: JsonFileReport[];
}

/** The machine-readable report of a render run. */
export function jsonReport(inputs: readonly DataInput[], refusedPaths: readonly Problem[], reports: readonly JobReport[], ms: number): JsonRunReport {
  const byPath = new Map(reports.map((r) => [r.input.path, r]));
  const files: JsonFileReport[] = refusedPaths.map((p) => ({
    file: p.file ?? '',
    status: 'refused',
    outputs: [],
    problems: [p],
    warnings: [],
    removed: [],
  }));
  for (const input of inputs) {
    const r = byPath.get(input.path);
    if (!r || r.status === 'usage') continue;
    files.push({
      file: input.path,
      status: r.status,
      outputs: r.written,
      problems: r.problems,
      warnings: r.warnings,
      removed: r.removed,
      ...(r.internalError !== undefined ? { internalError: r.internalError } : {}),
    });
  }
  const refused = files.filter((f) => f.status === 'refused').length;
  return { ok: refused === 0, written: files.length - refused, refused, seconds: Math.round(ms) / 1000, files };
}
