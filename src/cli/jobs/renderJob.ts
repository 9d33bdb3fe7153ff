import { fsErrorText } from '../fsErrorText.js';
import { performance } from 'node:perf_hooks';
import type { Briefing } from '../../model/schema.js';
import type { Format } from '../../pipeline.js';
import type { PipelineDeps } from '../pipelineDeps.js';
import type { DataInput } from '../collectInputs.js';
import { classifyError } from '../classifyError.js';
import { existingPngs, outputPath, outputPaths, pngPath } from '../outputFiles.js';
import { writeAtomically } from '../writeAtomically.js';
import { rasterizePdf } from '../png/rasterizePdf.js';
import { emptyReport } from './jobTypes.js';
import { locateWarnings } from './locateWarnings.js';
import type { JobOptions, JobReport } from './jobTypes.js';
import { keepOrRemoveOutputs, removeFiles } from './removeOutputs.js';

/**
 * One data file, start to end: load it, render every requested format to
 * memory (and its page images), and only then write them, each atomically.
 * A file is refused when loading or any format fails, and then leaves no
 * output (old ones are deleted). Prints nothing: the report says what happened.
 */
export async function renderJob(input: DataInput, options: JobOptions, deps: PipelineDeps): Promise<JobReport> {
  const started = performance.now();
  const report = emptyReport(input);
  const files: { path: string; bytes: Uint8Array }[] = [];
  const pages = new Map<Format, number>();
  try {
    const briefing = await deps.loadBriefing(input.path, options.assets !== undefined ? { assets: options.assets } : {});
    report.dependencies = dependenciesOf(briefing);
    for (const format of options.formats) {
      if (format === 'release' && deps.renderRelease) {
        // the page and its plain-text twin, from one render
        const release = await deps.renderRelease(briefing, { templates: options.templates });
        const [html, txt] = outputPaths(options.outDir, input.name, format);
        files.push({ path: html!, bytes: utf8(release.html) }, { path: txt!, bytes: utf8(release.text) });
        continue;
      }
      const bytes = await deps.renderBriefing(briefing, {
        format,
        pdfa: options.pdfa,
        templates: options.templates,
        theme: options.theme,
        onWarning: (problem) => report.warnings.push(problem),
      });
      files.push({ path: outputPath(options.outDir, input.name, format), bytes });
      if (options.pngDpi !== undefined && (format === 'handout' || format === 'slides')) {
        const images = await rasterizePdf(bytes, options.pngDpi);
        images.forEach((png, i) => files.push({ path: pngPath(options.outDir, input.name, format, i + 1), bytes: png }));
        pages.set(format, images.length);
      }
    }
  } catch (error) {
    const classified = classifyError(error);
    if (classified.kind === 'usage') {
      const problems = classified.problems.map((p) => (p.code === 'theme' && p.file === undefined && options.theme ? { ...p, file: options.theme } : p));
      return { ...report, status: 'usage', problems };
    }
    report.status = 'refused';
    if (classified.kind === 'refused') report.problems = [...classified.problems];
    else report.internalError = errorText(classified.error);
    await keepOrRemoveOutputs(input, options, report);
    return report;
  }

  for (const file of files) {
    try {
      await writeAtomically(file.path, file.bytes);
      report.written.push(file.path);
    } catch (error) {
      const message = `не удалось записать ${file.path.endsWith('.png') ? 'изображение' : file.path.endsWith('.pdf') ? 'PDF' : 'файл'}: ${fsErrorText(error)}`;
      report.status = 'refused';
      report.problems = [{ code: 'io', severity: 'error', file: file.path, message }];
      report.written = [];
      await keepOrRemoveOutputs(input, options, report);
      return report;
    }
  }
  // page images of pages the document no longer has
  for (const [format, count] of pages) {
    const stale = (await existingPngs(options.outDir, input.name, format)).filter(([page]) => page > count);
    await removeFiles(
      stale.map(([, path]) => path),
      report,
      false,
    );
  }
  report.warnings = await locateWarnings(report.warnings, input.path);
  report.ms = performance.now() - started;
  return report;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The logo and the speakers' photos (absolute paths after loading). */
function dependenciesOf(briefing: Briefing): string[] {
  const paths = [briefing.logo, ...(briefing.speakers ?? []).map((s) => s.photo)];
  return paths.filter((p): p is string => typeof p === 'string');
}

/** An error as text; its stack only with BRIEFING_DEBUG=1 (no stack trace reaches a user). */
export function errorText(error: unknown): string {
  const full = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return process.env['BRIEFING_DEBUG'] === '1'
    ? full
    : full
        .split('\n')
        .filter((line) => !/^\s+at /.test(line))
        .join('\n');
}

/** The report of a file refused by a bug (not by a problem of its data): the error, as `errorText` gives it. */
export function refusedByBug(input: DataInput, error: unknown): JobReport {
  return { ...emptyReport(input), status: 'refused', internalError: errorText(error) };
}
