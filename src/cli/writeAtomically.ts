import { open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The temporary file next to `target`: `.NAME.handout.pdf.<pid>.tmp`. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
}

/**
 * Writes `bytes` to `target` so that a reader sees either the old file or the
 * whole new one, never half of it: write a temporary file in the same folder,
 * flush it to disk, then rename it over the target. On any error the
 * temporary file is removed and the error is rethrown; the target is untouched.
 */
export async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'w');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(target));
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
