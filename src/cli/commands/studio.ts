import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import type { CliIo } from '../io.js';
import type { StudioArgs } from '../parseArgs.js';
import { isDataFileName } from '../collectInputs.js';
import { EXIT_OK, EXIT_REFUSED } from '../exitCode.js';
import type { ExitCode } from '../exitCode.js';
import { printUsageError } from '../printProblems.js';
import { startStudio } from '../../studio/studioServer.js';
import type { RunningStudio } from '../../studio/studioServer.js';

export interface StudioControl {
  /** Called once the server listens (tests). */
  onReady?: (studio: RunningStudio) => void;
}

/** The browser opener of the system when there is one (`xdg-open`, `open` on macOS); never fails. */
function openBrowser(url: string, io: CliIo): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? undefined : 'xdg-open';
  const found = command && (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, command)));
  if (!command || !found) {
    io.err('Браузер не открыт автоматически: откройте адрес выше сами.');
    return;
  }
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => io.err('Браузер не открылся: откройте адрес выше сами.'));
    child.unref();
  } catch {
    io.err('Браузер не открылся: откройте адрес выше сами.');
  }
}

/**
 * `briefing studio [PATH] [--port N] [--no-open]`: serves the studio for a
 * folder of data files (or the folder of one file, that file opened first) on
 * 127.0.0.1; the first line of standard output is the URL with the session
 * token. Stops, with status 0, when `signal` is aborted (Ctrl+C, SIGTERM).
 */
export async function runStudio(args: StudioArgs, io: CliIo, signal: AbortSignal, control: StudioControl = {}): Promise<ExitCode> {
  const info = await stat(args.path).catch(() => undefined);
  if (!info) {
    printUsageError(io, `нет такого файла или папки: ${args.path}`);
    return EXIT_REFUSED;
  }
  if (!info.isDirectory() && !isDataFileName(args.path)) {
    printUsageError(io, `${args.path}: ожидался файл .yaml, .yml, .json или папка`);
    return EXIT_REFUSED;
  }
  const root = info.isDirectory() ? resolve(args.path) : dirname(resolve(args.path));
  let studio: RunningStudio;
  try {
    studio = await startStudio({ root, port: args.port, ...(info.isDirectory() ? {} : { initial: basename(args.path) }) });
  } catch (error) {
    io.err(`Не удалось запустить студию на 127.0.0.1:${args.port}: ${(error as Error).message}`);
    return EXIT_REFUSED;
  }
  io.out(studio.url);
  io.err(`Студия открыта для ${root}. Ctrl+C — выход.`);
  if (args.open) openBrowser(studio.url, io);
  control.onReady?.(studio);
  await new Promise<void>((done) => {
    if (signal.aborted) done();
    signal.addEventListener('abort', () => done(), { once: true });
  });
  await studio.close();
  io.err('Студия закрыта.');
  return EXIT_OK;
}
