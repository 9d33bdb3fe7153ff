import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder of the `briefing` package (the one with package.json, beside
 * templates/, fonts/ and locales/), found by walking up from this module.
 * The one package-root finder of the program: it works from src/assets
 * (tests), dist/assets (the modules) and dist/bundle (the esbuild bundle,
 * where this code sits in a chunk) alike.
 */
export function packageRoot(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return (cached = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`briefing: package.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
