import { fsErrorText } from '../fsErrorText.js';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { makeFolder } from '../makeFolder.js';
import { basename, dirname, extname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CliIo } from '../io.js';
import type { WatchArgs } from '../parseArgs.js';
import type { PipelineDeps } from '../pipelineDeps.js';
import type { DataInput } from '../collectInputs.js';
import { isDataFileName } from '../collectInputs.js';
import { EXIT_OK, EXIT_REFUSED } from '../exitCode.js';
import type { ExitCode } from '../exitCode.js';
import { printUsageError, printUsageProblems } from '../printProblems.js';
import { jobOptionsOf } from '../jobs/jobOptions.js';
import { prepareInputs } from '../jobs/prepareInputs.js';
import { printJobReport } from '../jobs/printJobReport.js';
import type { JobRunner, Refresh } from '../runners/jobRunner.js';
import { inProcessRunner } from '../runners/inProcessRunner.js';
import { workerPoolRunner } from '../runners/workerPoolRunner.js';
import { seconds } from '../progress/formatProgress.js';
import { ChangeQueue } from '../watch/changeQueue.js';
import type { ChangeBatch } from '../watch/changeQueue.js';
import { DirWatchers } from '../watch/dirWatchers.js';
import { classifyChange, watchTargets } from '../watch/watchTargets.js';

export interface WatchControl {
  /** Aborting it stops watching (the CLI aborts on SIGINT). */
  signal: AbortSignal;
  /** The pipeline to render with in this process (tests); otherwise one worker thread. */
  deps?: PipelineDeps;
  /** Called once everything is rendered and watched (tests). */
  onReady?: () => void;
  /** Called after each batch of changes is rendered (tests). */
  onBatch?: () => void;
}

/**
 * `briefing watch PATH…`: renders everything once, then re-renders what a
 * change touches — a data file (or an image it uses): that file; a template,
 * a partial or the theme: every file, with the compiled templates dropped; a
 * locale file: every file, with the words dropped; a font: every file in a
 * fresh worker. A refused file prints its problems and watching goes on.
 * Stops, with status 0, when `control.signal` is aborted.
 */
export async function runWatch(args: WatchArgs, io: CliIo, control: WatchControl): Promise<ExitCode> {
  const prepared = await prepareInputs(args, io);
  if (typeof prepared === 'number') return prepared;
  const { inputs } = prepared;
  try {
    await makeFolder(args.outDir);
  } catch (error) {
    io.err(`Не удалось создать папку ${args.outDir}: ${fsErrorText(error)}`);
    return EXIT_REFUSED;
  }

  const targets = watchTargets(args.templates, args.theme);
  const options = { ...jobOptionsOf(args), keepOnError: !args.deleteOnError };
  const runner: JobRunner = control.deps ? inProcessRunner(options, control.deps) : workerPoolRunner(1, options);
  /** Data files by absolute path; the inputs as the user named them. */
  const tracked = new Map<string, DataInput>(inputs.map((i) => [resolve(i.path), i]));
  const dependencies = new Map<string, Set<string>>();
  const dataDirs = new Set<string>();
  const namedFiles = new Set<string>();
  for (const path of args.paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) dataDirs.add(resolve(path));
    else if (isDataFileName(path)) namedFiles.add(resolve(path));
  }

  const watchers = new DirWatchers(
    (path) => queue.add(path),
    (dir, error) => io.err(`Не удалось следить за папкой ${dir}: ${error.message}`),
  );
  const render = async (list: readonly DataInput[]): Promise<void> => {
    let usage = false; // a problem of the command line (the theme) is printed once, not once per file
    await Promise.all(
      list.map(async (input) => {
        const report = await runner.run(input);
        if (!report) return;
        if (report.status === 'usage' && usage) return;
        usage ||= report.status === 'usage';
        printJobReport(io, report, { successLines: true });
        dependencies.set(resolve(input.path), new Set(report.dependencies));
        for (const file of report.dependencies) watchers.add(dirname(file));
      }),
    );
  };

  const handle = async (batch: ChangeBatch): Promise<void> => {
    const kinds = new Set<string>();
    const changedData = new Set<DataInput>();
    for (const path of batch.paths) {
      const kind = classifyChange(path, targets);
      kinds.add(kind);
      if (kind === 'data') {
        const input = dataInput(path);
        if (input) changedData.add(input);
      }
      for (const [dataPath, uses] of dependencies) {
        const input = tracked.get(dataPath);
        if (uses.has(path) && input) changedData.add(input);
      }
    }
    const refresh: Refresh | undefined = kinds.has('fonts')
      ? 'everything'
      : kinds.has('templates')
        ? 'templates'
        : kinds.has('locales')
          ? 'locales'
          : undefined;
    if (refresh) await runner.refresh(refresh);
    if (kinds.has('locales') && refresh === 'templates') await runner.refresh('locales');
    const all = refresh !== undefined || kinds.has('theme');
    if ((kinds.has('theme') || kinds.has('templates')) && (args.theme !== undefined || args.templates !== undefined)) {
      const { checkThemes } = await import('../../template/loadTheme.js');
      const problems = checkThemes(args.formats, args.templates, args.theme);
      if (problems.length > 0) {
        printUsageProblems(io, problems);
        io.err('Прежние PDF оставлены как есть. Жду исправления темы (Ctrl+C — выход)…');
        control.onBatch?.();
        return;
      }
    }
    const list = all ? [...tracked.values()] : [...changedData];
    const present = list.filter((input) => existsSync(input.path));
    for (const input of list) if (!present.includes(input)) io.err(`Файл ${input.path} удалён: жду, когда он появится снова`);
    if (present.length === 0) return;
    await render(present);
    io.err(`Готово за ${seconds(performance.now() - batch.firstAt)} после изменения. Жду изменений (Ctrl+C — выход)…`);
    control.onBatch?.();
  };
  const queue = new ChangeQueue(handle);

  /** The input of a changed data path, adding a new file of a watched folder; undefined for others. */
  const dataInput = (path: string): DataInput | undefined => {
    const known = tracked.get(path);
    if (known) return known;
    if (!dataDirs.has(dirname(path)) && !namedFiles.has(path)) return undefined;
    if (!existsSync(path)) return undefined;
    const input: DataInput = { path, name: basename(path, extname(path)) };
    const other = [...tracked.values()].find((i) => i.name === input.name);
    if (other) {
      printUsageError(io, `файлы ${other.path} и ${path} дали бы одни и те же PDF (${input.name}.*.pdf): ${path} не отслеживается`);
      return undefined;
    }
    tracked.set(path, input);
    return input;
  };

  for (const dir of dataDirs) watchers.add(dir);
  for (const file of namedFiles) watchers.add(dirname(file));
  for (const dir of targets.templateDirs) watchers.add(dir, true);
  if (targets.themeFile) watchers.add(dirname(targets.themeFile));
  watchers.add(targets.localesDir);
  watchers.add(targets.fontsDir);

  const stopped = new Promise<void>((done) => {
    if (control.signal.aborted) done();
    control.signal.addEventListener('abort', () => done(), { once: true });
  });
  await render([...tracked.values()]);
  io.err(`Слежу за изменениями (файлов данных: ${tracked.size}; шаблоны, тема, переводы и шрифты тоже). Ctrl+C — выход.`);
  control.onReady?.();
  await stopped;

  watchers.closeAll();
  runner.cancelPending();
  await queue.stop();
  await runner.close();
  io.err('Наблюдение остановлено.');
  return EXIT_OK;
}
