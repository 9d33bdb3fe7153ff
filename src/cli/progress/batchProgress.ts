import { performance } from 'node:perf_hooks';
import type { CliIo } from '../io.js';
import type { JobReport } from '../jobs/jobTypes.js';
import { formatProgress, seconds } from './formatProgress.js';

export interface BatchProgressOptions {
  /** Every path of the run, those refused before loading included. */
  total: number;
  /** Paths refused before loading (missing, not a data file). */
  refused: number;
  /** Draw a progress bar (when standard error is a terminal). */
  show: boolean;
  /** `performance.now()` at the start of the run. */
  started: number;
}

export interface BatchProgress {
  /** One more file done. */
  done(report: JobReport): void;
  /** Removes the progress bar. */
  stop(): void;
  /** The closing line on standard error: one line for a batch; for one file only a refusal. */
  summary(reports: readonly JobReport[]): void;
}

const REDRAW_MS = 100;

/** The progress bar of a batch on a terminal, and the summary line of every run. */
export function batchProgress(io: CliIo, options: BatchProgressOptions): BatchProgress {
  const status = options.show ? io.status : undefined;
  let done = options.refused;
  let refused = options.refused;
  let drawnAt = -Infinity;
  let timer: NodeJS.Timeout | undefined;
  const draw = (): void => {
    drawnAt = performance.now();
    status?.show(formatProgress({ done, total: options.total, refused, elapsedMs: drawnAt - options.started }, status.columns));
  };
  if (status) {
    draw();
    timer = setInterval(draw, 1000);
    timer.unref();
  }
  return {
    done(report) {
      done++;
      if (report.status === 'refused') refused++;
      if (status && (performance.now() - drawnAt >= REDRAW_MS || done === options.total)) draw();
    },
    stop() {
      if (timer) clearInterval(timer);
      status?.clear();
    },
    summary(reports) {
      const line = summaryLine(options, reports, performance.now() - options.started);
      if (line) io.err(line);
    },
  };
}

/** `Отклонено: 2 из 200. Записано: 198 (PDF: 198, PNG: 594) за 12,3 с.`, or undefined for one good file. */
export function summaryLine(options: Pick<BatchProgressOptions, 'total' | 'refused'>, reports: readonly JobReport[], ms: number): string | undefined {
  const refused = options.refused + reports.filter((r) => r.status === 'refused').length;
  const written = reports.filter((r) => r.status === 'written');
  const refusedPart = `Отклонено: ${refused} из ${options.total}.`;
  if (options.total <= 1) return refused > 0 ? refusedPart : undefined;
  const files = written.flatMap((r) => r.written);
  const kinds = fileKinds(files);
  const writtenPart = refused > 0 ? `Записано: ${written.length} (${kinds})` : `Записано: ${written.length} из ${options.total} (${kinds})`;
  return `${refused > 0 ? `${refusedPart} ` : ''}${writtenPart} за ${seconds(ms)}.`;
}

/** `PDF: 4, PNG: 1`, then any other kind by extension (`DOCX: 2, HTML: 2, TXT: 2`); PDF is always named when nothing else was written. */
function fileKinds(files: readonly string[]): string {
  const counts = new Map<string, number>([
    ['PDF', 0],
    ['PNG', 0],
  ]);
  for (const file of files) {
    const ext = (/\.([^./\\]+)$/.exec(file)?.[1] ?? '').toUpperCase();
    counts.set(ext, (counts.get(ext) ?? 0) + 1);
  }
  const pdf = counts.get('PDF')!;
  const others = [...counts].filter(([ext, n]) => ext !== 'PDF' && n > 0).map(([ext, n]) => `${ext}: ${n}`);
  return [...(pdf > 0 || others.length === 0 ? [`PDF: ${pdf}`] : []), ...others].join(', ');
}
