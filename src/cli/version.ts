import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../assets/packageRoot.js';

/** The package's version, from package.json (in the package root). */
export function packageVersion(): string {
  const text = readFileSync(join(packageRoot(), 'package.json'), 'utf8');
  const version: unknown = (JSON.parse(text) as { version?: unknown }).version;
  return typeof version === 'string' ? version : 'unknown';
}
