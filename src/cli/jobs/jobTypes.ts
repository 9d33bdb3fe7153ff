import type { Problem } from '../../diagnostics/index.js';
import type { Format } from '../../pipeline.js';
import type { DataInput } from '../collectInputs.js';

/** What every file of one run is rendered with; plain data, so it can be sent to a worker thread. */
export interface JobOptions {
  formats: Format[];
  outDir: string;
  pdfa: boolean;
  templates: string | undefined;
  theme: string | undefined;
  /** `--assets`: the folder logo and photo paths resolve in. */
  assets?: string | undefined;
  /** PNG images of the pages beside each PDF, at `pngDpi`, or no images (undefined). */
  pngDpi: number | undefined;
  /** A refused file keeps its last good outputs (reported as stale) instead of losing them (`watch`). */
  keepOnError?: boolean;
}

/**
 * What became of one data file; plain data (it crosses from a worker thread).
 * `written`: every file the run wrote for it (PDFs, then PNGs), nothing when refused.
 * `usage`: the library reported a wrong command line (a format without templates…).
 */
export interface JobReport {
  input: DataInput;
  status: 'written' | 'refused' | 'usage';
  written: string[];
  /** The problems that refused the file (or the usage problems). */
  problems: Problem[];
  warnings: Problem[];
  /** A bug (not a problem of the data): its stack, as text. */
  internalError?: string;
  /** Old outputs of a refused file that were deleted. */
  removed: string[];
  /** Old outputs of a refused file that were kept (`keepOnError`): stale now. */
  kept?: string[];
  /** Lines about outputs that could not be deleted. */
  notes: string[];
  /** Files the briefing uses besides itself (logo, photos), absolute, for `watch`. */
  dependencies: string[];
  /** Time from the start of the job to the last file written, ms. */
  ms: number;
}

/** `input` → a report with nothing written yet. */
export function emptyReport(input: DataInput): JobReport {
  return { input, status: 'written', written: [], problems: [], warnings: [], removed: [], notes: [], dependencies: [], ms: 0 };
}
