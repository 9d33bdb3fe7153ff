import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The session cookie's name, per port: browsers keep cookies per host, not per
 * port, so two studios on 127.0.0.1 must not overwrite each other's key.
 */
export function tokenCookie(port: number): string {
  return `briefing_studio_${port}`;
}

/** Why a request is refused, or undefined when it may go on. */
export interface Refusal {
  status: number;
  message: string;
}

/** The names this server answers to: `127.0.0.1:PORT` and `localhost:PORT`. */
export function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieToken(req: IncomingMessage, port: number): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === tokenCookie(port)) return value.join('=');
  }
  return undefined;
}

/**
 * The checks every request passes before anything is read: the `Host` header
 * is this server's (a page on another name reaching 127.0.0.1 through DNS
 * rebinding is refused), an `Origin`, when sent, is this server's, and the
 * session token comes in the cookie or, on the first URL only, as `?token=`.
 */
export function guardRequest(req: IncomingMessage, url: URL, port: number, token: string): Refusal | undefined {
  const hosts = ownHosts(port);
  if (!hosts.includes(req.headers.host ?? '')) return { status: 421, message: 'чужой заголовок Host' };
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) return { status: 403, message: 'чужой заголовок Origin' };
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return { status: 403, message: 'запрос с чужой страницы' };
  const fromQuery = url.pathname === '/' ? (url.searchParams.get('token') ?? undefined) : undefined;
  if (!sameToken(cookieToken(req, port), token) && !sameToken(fromQuery, token))
    return { status: 401, message: 'нужен ключ сеанса: откройте адрес, который напечатала команда briefing studio' };
  return undefined;
}
