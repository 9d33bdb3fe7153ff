import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio } from '../../src/studio/studioServer.js';
import type { RunningStudio } from '../../src/studio/studioServer.js';
import { parseArgs } from '../../src/cli/parseArgs.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One raw HTTP request, with any Host, Origin or body (fetch would not let a test set Host). */
function call(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' || error.code === 'EPIPE' ? done({ status: -1, headers: {}, body: 'connection reset' }) : fail(error),
    );
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

describe('briefing studio over HTTP', () => {
  let studio: RunningStudio;
  let root: string;
  let outside: string;
  let cookie: string;
  const auth = (): Record<string, string> => ({ Cookie: cookie });
  const json = (value: unknown): { method: string; headers: Record<string, string>; body: string } => ({
    method: 'POST',
    headers: { ...auth(), 'Content-Type': 'application/json' },
    body: JSON.stringify(value),
  });

  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), 'studio-http-'));
    root = join(base, 'data');
    outside = join(base, 'secret');
    mkdirSync(root);
    mkdirSync(outside);
    writeFileSync(join(root, 'a.yaml'), '# мой комментарий\ntitle: А\n');
    writeFileSync(join(outside, 'secret.yaml'), 'title: секрет\n');
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'link.yaml'));
    studio = await startStudio({ root, port: 0 });
    const first = await call(studio.port, `/?token=${studio.token}`);
    expect(first.status).toBe(303);
    cookie = String(first.headers['set-cookie']).split(';')[0]!;
  });
  afterAll(async () => studio?.close());

  it('listens on 127.0.0.1 only and prints a URL with the token', () => {
    expect(studio.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(studio.url).toBe(`http://127.0.0.1:${studio.port}/?token=${studio.token}`);
  });

  it('sets an HttpOnly, SameSite=Strict cookie from the first URL, then serves the page with it', async () => {
    const first = await call(studio.port, `/?token=${studio.token}`);
    expect(String(first.headers['set-cookie'])).toMatch(new RegExp(`^briefing_studio_${studio.port}=${studio.token}; HttpOnly; SameSite=Strict`));
    const page = await call(studio.port, '/', { headers: auth() });
    expect(page.status).toBe(200);
    expect(page.body).toContain('/static/app.js');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    expect((await call(studio.port, '/')).status).toBe(401);
    expect((await call(studio.port, '/api/file?name=a.yaml')).status).toBe(401);
    expect((await call(studio.port, '/?token=wrong')).status).toBe(401);
    expect((await call(studio.port, '/api/state', { headers: { Cookie: `briefing_studio_${studio.port}=wrong` } })).status).toBe(401);
    // the token in the query works only on the first URL, not for the API
    expect((await call(studio.port, `/api/state?token=${studio.token}`)).status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin, even with the token', async () => {
    const evil = await call(studio.port, '/api/state', { headers: { ...auth(), Host: `evil.example:${studio.port}` } });
    expect(evil.status).toBe(421);
    expect(JSON.parse(evil.body).error).toMatch(/Host/);
    expect((await call(studio.port, '/api/state', { headers: { ...auth(), Host: '127.0.0.1:1' } })).status).toBe(421);
    const origin = await call(studio.port, '/api/save', {
      ...json({ name: 'a.yaml', text: 'x' }),
      headers: { ...json({}).headers, Origin: 'http://evil.example' },
    });
    expect(origin.status).toBe(403);
    expect(readFileSync(join(root, 'a.yaml'), 'utf8')).toContain('мой комментарий');
    expect((await call(studio.port, '/api/state', { headers: { ...auth(), Origin: `http://localhost:${studio.port}` } })).status).toBe(200);
  });

  it('reads only files inside the opened folder: no .., no absolute path, no link that leads out', async () => {
    const ok = await call(studio.port, '/api/file?name=a.yaml', { headers: auth() });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).text).toContain('title: А');
    for (const name of ['../secret/secret.yaml', join(outside, 'secret.yaml'), 'sub/a.yaml', '..', '.hidden.yaml', 'link.yaml']) {
      const answer = await call(studio.port, `/api/file?name=${encodeURIComponent(name)}`, { headers: auth() });
      expect(answer.status, name).toBe(403);
      expect(answer.body).not.toContain('секрет');
    }
    const write = await call(studio.port, '/api/save', json({ name: 'link.yaml', text: 'title: перезаписан\n', force: true }));
    expect(write.status).toBe(403);
    expect(readFileSync(join(outside, 'secret.yaml'), 'utf8')).toBe('title: секрет\n');
    const listed = JSON.parse((await call(studio.port, '/api/state', { headers: auth() })).body);
    expect(listed.files).toEqual(['a.yaml']);
  });

  it('refuses an oversized request', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024);
    const answer = await call(studio.port, '/api/check', json({ name: 'a.yaml', text: big, format: 'handout' }));
    expect(answer.status).toBe(413);
    const upload = await call(studio.port, '/api/upload?name=big.png', {
      method: 'POST',
      headers: { ...auth(), 'Content-Length': String(11 * 1024 * 1024) },
      body: Buffer.alloc(0),
    });
    expect(upload.status).toBe(413);
  });

  it('saves, and refuses to overwrite a file changed on disk meanwhile unless told to', async () => {
    const opened = JSON.parse((await call(studio.port, '/api/file?name=a.yaml', { headers: auth() })).body);
    const saved = await call(studio.port, '/api/save', json({ name: 'a.yaml', text: '# мой комментарий\ntitle: Б\n', baseHash: opened.hash }));
    expect(saved.status).toBe(200);
    expect(readFileSync(join(root, 'a.yaml'), 'utf8')).toBe('# мой комментарий\ntitle: Б\n');
    writeFileSync(join(root, 'a.yaml'), 'title: чужая правка\n');
    const refused = await call(studio.port, '/api/save', json({ name: 'a.yaml', text: 'title: моя\n', baseHash: JSON.parse(saved.body).hash }));
    expect(refused.status).toBe(409);
    expect(JSON.parse(refused.body).text).toBe('title: чужая правка\n');
    expect(readFileSync(join(root, 'a.yaml'), 'utf8')).toBe('title: чужая правка\n');
    const forced = await call(studio.port, '/api/save', json({ name: 'a.yaml', text: 'title: моя\n', baseHash: 'old', force: true }));
    expect(forced.status).toBe(200);
    expect(readFileSync(join(root, 'a.yaml'), 'utf8')).toBe('title: моя\n');
  });

  it('stores an uploaded image checked by content; refuses what is not one', async () => {
    const bad = await call(studio.port, '/api/upload?name=logo.png', { method: 'POST', headers: auth(), body: 'not an image' });
    expect(bad.status).toBe(415);
    const good = await call(studio.port, '/api/upload?name=../../logo.jpeg', { method: 'POST', headers: auth(), body: PNG });
    expect(good.status).toBe(200);
    expect(JSON.parse(good.body).name).toBe('logo.png');
    expect(readFileSync(join(root, 'logo.png'))).toEqual(PNG);
  });

  it('creates a file from the starter of init and duplicates one', async () => {
    const made = await call(studio.port, '/api/new', json({ name: 'новый' }));
    expect(JSON.parse(made.body).name).toBe('новый.yaml');
    expect(readFileSync(join(root, 'новый.yaml'), 'utf8')).toContain('# Файл данных брифинга');
    expect((await call(studio.port, '/api/new', json({ name: 'новый' }))).status).toBe(409);
    const copy = await call(studio.port, '/api/duplicate', json({ from: 'новый.yaml', name: 'копия.yaml' }));
    expect(copy.status).toBe(200);
    expect(readFileSync(join(root, 'копия.yaml'), 'utf8')).toBe(readFileSync(join(root, 'новый.yaml'), 'utf8'));
  });

  it('reports the validator problems of unsaved text with lines, in Russian', async () => {
    const answer = await call(studio.port, '/api/check', json({ name: 'a.yaml', text: 'title: А\ndate: вчера\n', format: 'handout' }));
    const result = JSON.parse(answer.body);
    expect(result.ok).toBe(false);
    expect(result.problems.some((p: { line?: number; message: string }) => p.line === 2 && /дат|ГГГГ/.test(JSON.stringify(p)))).toBe(true);
    expect(result.problems.some((p: { message: string }) => /organization/.test(p.message))).toBe(true);
  });
});

describe('briefing studio: format and theme', () => {
  it("offers the folder's *.theme.json files and renders with the one chosen; refuses another file as a theme", async () => {
    const root = mkdtempSync(join(tmpdir(), 'studio-theme-'));
    writeFileSync(join(root, 'a.yaml'), 'title: А\ndate: 2025-12-03\norganization: Б\nspeakers:\n  - name: В\n');
    writeFileSync(join(root, 'dark.theme.json'), '{}');
    const studio = await startStudio({ root, port: 0, token: 't'.repeat(32) });
    try {
      const headers = { Cookie: `briefing_studio_${studio.port}=${'t'.repeat(32)}`, 'Content-Type': 'application/json' };
      const state = JSON.parse((await call(studio.port, '/api/state', { headers })).body);
      expect(state).toMatchObject({ themes: ['dark.theme.json'], formats: ['handout', 'slides'], downloads: ['pdf'] });
      const check = (body: unknown) => call(studio.port, '/api/check', { method: 'POST', headers, body: JSON.stringify(body) });
      const slides = JSON.parse(
        (await check({ name: 'a.yaml', text: readFileSync(join(root, 'a.yaml'), 'utf8'), format: 'slides', theme: 'dark.theme.json' })).body,
      );
      expect(slides).toMatchObject({ ok: true });
      const page = await call(studio.port, `/api/page?id=${slides.id}&n=1`, { headers });
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('image/png');
      expect((await check({ name: 'a.yaml', text: 'x', format: 'handout', theme: 'a.yaml' })).status).toBe(400);
      expect((await check({ name: 'a.yaml', text: 'x', format: 'handout', theme: '../dark.theme.json' })).status).toBe(403);
      expect((await check({ name: 'a.yaml', text: 'x', format: 'poster' })).status).toBe(400);
    } finally {
      await studio.close();
    }
  });
});

describe('briefing studio command line', () => {
  it('reads PATH, --port and --no-open', () => {
    expect(parseArgs(['studio'])).toEqual({ command: 'studio', path: 'data', port: 0, open: true });
    expect(parseArgs(['studio', 'my', '--port', '8080', '--no-open'])).toEqual({ command: 'studio', path: 'my', port: 8080, open: false });
    expect(() => parseArgs(['studio', '--port', '70000'])).toThrow(/--port/);
    expect(() => parseArgs(['studio', 'a', 'b'])).toThrow(/один файл/);
  });
});
