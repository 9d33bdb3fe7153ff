import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Format } from '../pipeline.js';

/** `output` + `x` + `handout` → `output/x.handout.pdf`. */
export function outputPath(outDir: string, name: string, format: Format): string {
  return join(outDir, `${name}.${format}.pdf`);
}

/** Deletes a file if it is there; resolves to whether it was. */
export async function removeIfExists(path: string): Promise<boolean> {
  try {
    await unlink(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
