import { readFile } from 'node:fs/promises';
import { BriefingError } from '../diagnostics/index.js';
import { lineIndex } from './positionMap.js';

const REASONS: Record<string, string> = {
  ENOENT: 'файл не найден',
  EISDIR: 'это папка, а не файл',
  EACCES: 'нет прав на чтение файла',
  EPERM: 'нет прав на чтение файла',
};

/** Reads a data file as UTF-8 text without a BOM; rejects with an `io` problem. */
export async function readDataText(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? `не удалось прочитать файл (${code || String(e)})`;
    throw new BriefingError([{ code: 'io', severity: 'error', file: path, message: reason }]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const bad = lossy.indexOf('\uFFFD');
    const { line, column } = lineIndex(lossy)(Math.max(bad, 0));
    throw new BriefingError([{
      code: 'io', severity: 'error', file: path, line, column,
      message: 'файл не в кодировке UTF-8', hint: 'сохраните файл в кодировке UTF-8 (в редакторе: «Сохранить как» → UTF-8)',
    }]);
  }
}
