import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

describe('briefing studio as a process', () => {
  it('prints the URL with the token as its first line, serves it, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'studio-cli-'));
    cpSync(join(ROOT, 'data'), dir, { recursive: true });
    const child = spawn(process.execPath, [join(ROOT, 'bin/briefing.js'), 'studio', dir, '--no-open', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const first = await new Promise<string>((done) => createInterface({ input: child.stdout }).once('line', done));
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    const page = await fetch(first, { redirect: 'manual' });
    expect(page.status).toBe(303);
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
    const state = await fetch(new URL('/api/state', first), { headers: { cookie } });
    expect(((await state.json()) as { files: string[] }).files).toContain('astana-2025-12-03.yaml');
    expect((await fetch(new URL('/api/state', first))).status).toBe(401);
    // a preview drawn in the process does not keep it alive after SIGTERM
    const check = await fetch(new URL('/api/check', first), {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'astana-2025-12-03.yaml',
        text: 'title: А\ndate: 2025-12-03\norganization: Б\nspeakers:\n  - name: В\n',
        format: 'handout',
      }),
    });
    expect(await check.json()).toMatchObject({ ok: true, pages: 1 });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('Студия закрыта');
    expect(stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses a path that does not exist (status 1, a Russian message)', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/briefing.js'), 'studio', join(tmpdir(), 'нет-такой-папки'), '--no-open'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    expect(code).toBe(1);
    expect(stderr).toMatch(/нет такого файла или папки/);
  });
});
