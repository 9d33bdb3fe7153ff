import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/assets/packageRoot.js';

const root = resolve(import.meta.dirname, '../..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const builtModule = join(root, 'dist/assets/packageRoot.js');
const bundle = join(root, 'dist/bundle/cli.js');

describe('packageRoot', () => {
  it('finds the package from src/ (tests), with its templates, fonts and locales', () => {
    expect(packageRoot()).toBe(root);
    for (const dir of ['templates', 'fonts', 'locales']) expect(existsSync(join(packageRoot(), dir))).toBe(true);
  });

  it.skipIf(!existsSync(builtModule))('finds the same folder from dist/assets', async () => {
    const built = (await import(pathToFileURL(builtModule).href)) as { packageRoot: () => string };
    expect(built.packageRoot()).toBe(root);
  });

  it.skipIf(!existsSync(bundle))('finds it from the esbuild bundle in dist/bundle, whatever the working folder', () => {
    // `--version` reads package.json through packageRoot, here from a chunk of dist/bundle.
    const run = spawnSync(process.execPath, [join(root, 'bin/briefing.js'), '--version'], { cwd: tmpdir(), encoding: 'utf8', timeout: 30_000 });
    expect(run.stdout.trim()).toBe(version);
    expect(run.status).toBe(0);
  });
});
