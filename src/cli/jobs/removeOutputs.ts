import { fsErrorText } from '../fsErrorText.js';
import { existsSync } from 'node:fs';
import type { DataInput } from '../collectInputs.js';
import { existingPngs, outputPaths, removeIfExists } from '../outputFiles.js';
// Every format the command line knows (the pipeline, loaded lazily, is not imported here).
import { CLI_FORMATS as FORMATS } from '../parseArgs.js';
import type { JobOptions, JobReport } from './jobTypes.js';

/**
 * A refused file leaves no output: delete what a previous run (or this one)
 * left for every format, not only the ones this run asked for — the PDFs
 * and their page images (a stale NAME.slides.pdf after `--format handout`).
 */
export async function removeOutputs(input: DataInput, options: JobOptions, report: JobReport): Promise<void> {
  await removeFiles(await outputsOf(input, options), report, true);
}

/**
 * What a refused file does with its old outputs: deletes them, or with
 * `keepOnError` (`watch`) keeps the PDFs there are and lists them as stale,
 * so a preview open beside the editor does not vanish at every typo.
 */
export async function keepOrRemoveOutputs(input: DataInput, options: JobOptions, report: JobReport): Promise<void> {
  if (!options.keepOnError) return removeOutputs(input, options, report);
  const pdfs = options.formats.flatMap((format) => outputPaths(options.outDir, input.name, format));
  report.kept = pdfs.filter((path) => existsSync(path));
}

async function outputsOf(input: DataInput, options: JobOptions): Promise<string[]> {
  const paths: string[] = [];
  for (const format of FORMATS) {
    paths.push(...outputPaths(options.outDir, input.name, format));
    for (const [, png] of await existingPngs(options.outDir, input.name, format)) paths.push(png);
  }
  return paths;
}

/** Deletes `paths` that exist; `listed`: record them in `report.removed` (to be printed). */
export async function removeFiles(paths: readonly string[], report: JobReport, listed: boolean): Promise<void> {
  for (const path of paths) {
    try {
      if ((await removeIfExists(path)) && listed) report.removed.push(path);
    } catch (error) {
      report.notes.push(`не удалось удалить ${path}: ${fsErrorText(error)}`);
    }
  }
}
