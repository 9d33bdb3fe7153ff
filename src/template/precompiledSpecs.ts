import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from '../assets/packageRoot.js';

/** Where `npm run build` writes the precompiled built-in templates (scripts/precompile-templates.js). */
export const PRECOMPILED_FILE = 'dist/template/precompiled.json';

/** The key of a template's spec: its marked source and the helpers it may call. */
export function specKey(marked: string, knownHelpers: Record<string, boolean>): string {
  const helpers = Object.keys(knownHelpers)
    .filter((k) => knownHelpers[k])
    .sort()
    .join(',');
  return createHash('sha1').update(`${Handlebars.VERSION}\u0000${helpers}\u0000${marked}`).digest('hex');
}

let specs: Map<string, string> | undefined;

/**
 * The spec compiled at build time for exactly this source, or undefined: a
 * template edited since, a user's own template, or no build, compile as usual.
 */
export function precompiledSpec(key: string): string | undefined {
  if (specs === undefined) {
    specs = new Map();
    const path = join(packageRoot(), PRECOMPILED_FILE);
    if (existsSync(path)) {
      try {
        const file = JSON.parse(readFileSync(path, 'utf8')) as { specs?: Record<string, string> };
        specs = new Map(Object.entries(file.specs ?? {}));
      } catch {
        // an unreadable file only costs the compilation it would have saved
      }
    }
  }
  return specs.get(key);
}
