import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { packageRoot } from '../assets/packageRoot.js';
import { guardRequest, tokenCookie } from './guardRequest.js';
import { HttpRefusal, send, sendError } from './httpIo.js';
import { PathRefused, StudioFolder } from './studioFolder.js';
import { PreviewRenderer } from './previewRenderer.js';
import { API } from './studioApi.js';
import type { StudioContext } from './studioApi.js';
import { indexHtml } from './indexHtml.js';

/** The only address the studio listens on. */
export const STUDIO_HOST = '127.0.0.1';

export interface StudioOptions {
  /** The folder of data files. */
  root: string;
  /** A file of that folder to open first. */
  initial?: string;
  /** 0: any free port. */
  port: number;
  /** The session token; a fresh random one by default. */
  token?: string;
}

export interface RunningStudio {
  /** The first URL, with the token: `http://127.0.0.1:PORT/?token=…`. */
  url: string;
  port: number;
  token: string;
  renderer: PreviewRenderer;
  server: Server;
  close(): Promise<void>;
}

const STATIC: Record<string, string> = {
  '/static/app.js': 'text/javascript; charset=utf-8',
  '/static/app.css': 'text/css; charset=utf-8',
};

/** The folder of the built page (esbuild writes it at build time). */
export function clientDir(): string {
  return join(packageRoot(), 'dist', 'studio');
}

function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Starts the studio's HTTP server on 127.0.0.1. Resolves once it listens. */
export async function startStudio(options: StudioOptions): Promise<RunningStudio> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const renderer = new PreviewRenderer();
  const ctx: StudioContext = { folder: new StudioFolder(options.root), renderer, initial: options.initial, today };
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const refusal = guardRequest(req, url, port, token);
    if (refusal) return sendError(res, refusal.status, refusal.message);
    const method = req.method ?? 'GET';
    if (url.pathname === '/' && method === 'GET') {
      if (url.searchParams.has('token')) {
        res.writeHead(303, { Location: '/', 'Set-Cookie': `${tokenCookie(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`, 'Cache-Control': 'no-store' });
        res.end();
        return;
      }
      return send(res, 200, 'text/html; charset=utf-8', indexHtml());
    }
    if (url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    const type = STATIC[url.pathname];
    if (type && method === 'GET') {
      const body = await readFile(join(clientDir(), url.pathname.slice('/static/'.length))).catch(() => undefined);
      if (!body) return sendError(res, 500, 'страница студии не собрана: выполните npm run build');
      return send(res, 200, type, body);
    }
    const api = API[`${method} ${url.pathname}`];
    if (!api) return sendError(res, 404, 'нет такого адреса');
    await api(ctx, req, res, url);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.end();
      if (error instanceof HttpRefusal) {
        // an oversized body is not read to its end: answer, then drop the connection
        if (error.status === 413) res.setHeader('Connection', 'close');
        return sendError(res, error.status, error.message);
      }
      if (error instanceof PathRefused) return sendError(res, 403, error.message);
      sendError(res, 500, `ошибка студии: ${(error as Error).message ?? String(error)}`);
    });
  });
  server.requestTimeout = 120_000;
  server.headersTimeout = 20_000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, STUDIO_HOST, () => done());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${STUDIO_HOST}:${port}/?token=${token}`,
    port,
    token,
    renderer,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
