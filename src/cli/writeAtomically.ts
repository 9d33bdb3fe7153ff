import { closeSync, fsync, openSync, rmSync, write } from 'node:fs';
import { promisify } from 'node:util';
import { open, readdir, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The temporary file next to `target`: `.NAME.handout.pdf.<pid>.tmp`. Hidden,
 * and never ending in `.pdf`, so that nothing takes a half-written file for a PDF.
 */
export function tempPathFor(target: string, pid: number = process.pid): string {
  return join(dirname(target), `.${basename(target)}.${pid}.tmp`);
}

/** Whether process `pid` is running (on this machine). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes the temporary files of `target` that an earlier run left behind
 * when it was killed while writing (`.NAME.pdf.<pid>.tmp` of a process that no
 * longer runs). A temporary file of a run still going is left alone. Resolves
 * to the paths deleted; problems reading the folder are ignored.
 */
export async function removeStaleTemps(target: string): Promise<string[]> {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length, -'.tmp'.length));
    if (!Number.isInteger(pid) || pid <= 0 || (pid !== process.pid && isRunning(pid))) continue;
    const path = join(dir, name);
    try {
      await rm(path, { force: true });
      removed.push(path);
    } catch {
      // best effort: the next run tries again
    }
  }
  return removed;
}

/**
 * Writes `bytes` to `target` so that a reader sees either the old file or the
 * whole new one, never half of it: write a temporary file in the same folder,
 * flush it to disk, then rename it over the target. On any error the
 * temporary file is removed and the error is rethrown; the target is untouched.
 * Temporary files of `target` left by an earlier run that was killed are
 * deleted first.
 */
export async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  await removeStaleTemps(target);
  const temp = tempPathFor(target);
  writing.add(temp);
  let fd: number | undefined;
  try {
    // Created synchronously, so that a signal handled between two turns of the
    // event loop sees it either not yet there or there and listed in `writing`
    // (an asynchronous open could create it just after the handler swept).
    fd = openSync(temp, 'w');
    await writeAll(fd, bytes);
    await fsyncAsync(fd);
    closeSync(fd);
    fd = undefined;
    await rename(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  } finally {
    writing.delete(temp);
  }
  await syncDirectory(dirname(target));
}

const writeAsync = promisify(write);
const fsyncAsync = promisify(fsync);

async function writeAll(fd: number, bytes: Uint8Array): Promise<void> {
  for (let done = 0; done < bytes.length;) done += (await writeAsync(fd, bytes, done, bytes.length - done)).bytesWritten;
}

/** Temporary files this thread is writing now. */
const writing = new Set<string>();

/**
 * Deletes, synchronously, the temporary files this thread is writing: for a
 * process about to exit on a signal. The targets are untouched (the old file
 * or none); a temporary file of a worker thread is deleted by the next run.
 */
export function removeTempsNow(): void {
  for (const temp of writing) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // best effort
    }
  }
  writing.clear();
}

/** Makes the rename itself durable where the system allows it (not on Windows). */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // best effort: some systems cannot open or sync a folder
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
