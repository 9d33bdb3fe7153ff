import { constants } from 'node:fs';
import * as syncFs from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** Why a file was not read: it is not there, not a regular file, too big, or unreadable. */
export type ReadRefusal = { kind: 'missing' } | { kind: 'not-file'; what: string } | { kind: 'too-big'; size: number } | { kind: 'error'; code: string };

/** What a non-regular file is, in Russian. */
function describeKind(s: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (s.isDirectory()) return 'папка';
  if (s.isFIFO()) return 'именованный канал (FIFO)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'устройство';
  if (s.isSocket()) return 'сокет';
  return 'не обычный файл';
}

/**
 * Reads a regular file of at most `maxBytes`: anything else (a folder, a
 * FIFO, `/dev/zero`) is refused at once, from `stat`, without reading a
 * byte; a FIFO is never opened (that would wait for a writer). The file is
 * opened without blocking, checked again on the open handle, and read with
 * the cap, so a file that grows meanwhile is still refused.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array | ReadRefusal> {
  try {
    const before = await stat(path);
    if (!before.isFile()) return { kind: 'not-file', what: describeKind(before) };
    if (before.size > maxBytes) return { kind: 'too-big', size: before.size };
    const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const now = await handle.stat();
      if (!now.isFile()) return { kind: 'not-file', what: describeKind(now) };
      const buffer = Buffer.alloc(Math.min(now.size, maxBytes) + 1);
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled > maxBytes) return { kind: 'too-big', size: filled };
      return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
    } finally {
      await handle.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'error', code };
  }
}

/** Synchronous twin of readRegularFile, for the image checks. */
export function readRegularFileSync(path: string, maxBytes: number): Uint8Array | ReadRefusal {
  const fs = syncFs;
  try {
    const before = fs.statSync(path);
    if (!before.isFile()) return { kind: 'not-file', what: describeKind(before) };
    if (before.size > maxBytes) return { kind: 'too-big', size: before.size };
    const fd = fs.openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const now = fs.fstatSync(fd);
      if (!now.isFile()) return { kind: 'not-file', what: describeKind(now) };
      const buffer = Buffer.alloc(Math.min(now.size, maxBytes) + 1);
      let filled = 0;
      while (filled < buffer.length) {
        const read = fs.readSync(fd, buffer, filled, buffer.length - filled, filled);
        if (read === 0) break;
        filled += read;
      }
      if (filled > maxBytes) return { kind: 'too-big', size: filled };
      return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'error', code };
  }
}

/**
 * A small text file (a theme, a template) read whole as UTF-8, or the reason
 * in Russian why it was not: a FIFO, a device or a folder is refused at once,
 * never opened; a file over `maxBytes` is refused unread.
 */
export function readTextFileSync(path: string, maxBytes: number): { text: string } | { refusal: string; tooBig?: true } {
  const got = readRegularFileSync(path, maxBytes);
  if (got instanceof Uint8Array) return { text: new TextDecoder().decode(got).replace(/^\uFEFF/, '') };
  switch (got.kind) {
    case 'missing':
      return { refusal: 'его нет' };
    case 'not-file':
      return { refusal: `это ${got.what}, а не обычный файл` };
    case 'too-big':
      return { refusal: `он слишком велик: больше ${Math.ceil(maxBytes / 1024)} КБ`, tooBig: true };
    case 'error':
      return { refusal: `ошибка чтения (${got.code})` };
  }
}
