import type { DataInput } from '../collectInputs.js';
import { existingPngs, outputPaths, removeIfExists } from '../outputFiles.js';
import type { Format } from '../../pipeline.js';

/** Every format (as FORMATS of the pipeline, which is not loaded here: the CLI loads it lazily). */
const FORMATS: readonly Format[] = ['handout', 'slides', 'docx', 'release'];
import type { JobOptions, JobReport } from './jobTypes.js';

/**
 * A refused file leaves no output: delete what a previous run (or this one)
 * left for every format, not only the ones this run asked for — the PDFs
 * and their page images (a stale NAME.slides.pdf after `--format handout`).
 */
export async function removeOutputs(input: DataInput, options: JobOptions, report: JobReport): Promise<void> {
  const paths: string[] = [];
  for (const format of FORMATS) {
    paths.push(...outputPaths(options.outDir, input.name, format));
    for (const [, png] of await existingPngs(options.outDir, input.name, format)) paths.push(png);
  }
  await removeFiles(paths, report, true);
}

/** Deletes `paths` that exist; `listed`: record them in `report.removed` (to be printed). */
export async function removeFiles(paths: readonly string[], report: JobReport, listed: boolean): Promise<void> {
  for (const path of paths) {
    try {
      if ((await removeIfExists(path)) && listed) report.removed.push(path);
    } catch (error) {
      report.notes.push(`не удалось удалить ${path}: ${(error as Error).message}`);
    }
  }
}
