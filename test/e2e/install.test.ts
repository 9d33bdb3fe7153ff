import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const version = (JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: root, encoding: 'utf8' })) as { version: string })
  .version;

describe('installing for everyday use', () => {
  it('npm pack, then npm install -g of the tarball into a prefix, gives a working `briefing` on PATH', () => {
    const work = mkdtempSync(join(tmpdir(), 'briefing-install-'));
    // dist/ is built (by `npm ci` or `npm install`, whose `prepare` builds it, and the tests run the built
    // worker too): packing it as it is tests the package; letting `npm pack` run `prepare` again would
    // only build it a second time (25 s here).
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8', timeout: 400_000 });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const prefix = join(work, 'prefix');
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(work, tarball!)], {
      encoding: 'utf8',
      timeout: 400_000,
    });
    if (install.status !== 0) {
      console.warn(`skipped: npm install -g of the tarball failed (no network and no cache?):\n${install.stderr.slice(-800)}`);
      return;
    }
    const bin = process.platform === 'win32' ? join(prefix, 'briefing.cmd') : join(prefix, 'bin', 'briefing');
    expect(existsSync(bin)).toBe(true);
    const env = { ...process.env, PATH: `${join(prefix, 'bin')}:${process.env['PATH'] ?? ''}` };
    const run = spawnSync('briefing', ['--version'], { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout.trim()).toBe(version);
    const help = spawnSync('briefing', ['--help'], { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
    expect(help.stdout).toContain('briefing render ПУТЬ...');
  }, 900_000);
});
