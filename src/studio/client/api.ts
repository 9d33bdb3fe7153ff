/** Calls to the studio's server; the session cookie goes with every request. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }
}

async function answer<T>(response: Response): Promise<T> {
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? ((await response.json()) as Record<string, unknown>) : {};
  if (!response.ok) throw new ApiError(response.status, typeof body.error === 'string' ? body.error : `HTTP ${response.status}`, body);
  return body as T;
}

export async function getJson<T>(path: string): Promise<T> {
  return answer<T>(await fetch(path, { credentials: 'same-origin' }));
}

export async function postJson<T>(path: string, value: unknown): Promise<T> {
  return answer<T>(
    await fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) }),
  );
}

/** A POST whose answer is a file (the PDF): its bytes, or the error. */
export async function postForFile(path: string, value: unknown): Promise<Blob> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(value),
  });
  if (!response.ok) await answer(response);
  return response.blob();
}

export async function postBytes<T>(path: string, body: Blob): Promise<T> {
  return answer<T>(await fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/octet-stream' }, body }));
}

export type { CheckResult, PageProblem } from '../pageTypes.js';
