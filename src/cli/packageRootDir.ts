import { fileURLToPath } from 'node:url';

/** The package's root folder (two folders up from both src/cli and dist/cli), with a trailing separator. */
export function packageRootDir(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}
