import { BriefingError } from '../diagnostics/index.js';
import { LIMITS, formatMegabytes } from '../diagnostics/limits.js';
import { readRegularFile } from '../diagnostics/readRegularFile.js';
import { lineIndex } from './positionMap.js';

const REASONS: Record<string, string> = {
  EACCES: 'нет прав на чтение файла',
  EPERM: 'нет прав на чтение файла',
  EISDIR: 'это папка, а не файл',
};

/**
 * Reads a data file as UTF-8 text without a BOM; rejects with an `io`
 * problem (missing, unreadable, not a regular file) or a `limit` problem
 * (bigger than LIMITS.dataBytes), never reading more than the limit.
 */
export async function readDataText(path: string): Promise<string> {
  const read = await readRegularFile(path, LIMITS.dataBytes);
  if (!(read instanceof Uint8Array)) {
    const fail = (code: 'io' | 'limit', message: string, hint?: string): never => {
      throw new BriefingError([{ code, severity: 'error', file: path, message, ...(hint ? { hint } : {}) }]);
    };
    switch (read.kind) {
      case 'missing':
        return fail('io', 'файл не найден');
      case 'not-file':
        return fail('io', `это ${read.what}, а не файл данных`, 'укажите обычный файл .yaml, .yml или .json');
      case 'too-big':
        return fail(
          'limit',
          `файл данных слишком большой: больше ${formatMegabytes(LIMITS.dataBytes)}`,
          `предел — ${formatMegabytes(LIMITS.dataBytes)}; разделите брифинг на несколько файлов`,
        );
      case 'error':
        return fail('io', REASONS[read.code] ?? `не удалось прочитать файл (${read.code})`);
    }
  }
  const bytes = read;
  try {
    // A lone CR (old Mac line ends) is a line break, as YAML says; same length, so places stay.
    return new TextDecoder('utf-8', { fatal: true })
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r(?!\n)/g, '\n');
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const bad = lossy.indexOf('\uFFFD');
    const { line, column } = lineIndex(lossy)(Math.max(bad, 0));
    throw new BriefingError([
      {
        code: 'io',
        severity: 'error',
        file: path,
        line,
        column,
        message: 'файл не в кодировке UTF-8',
        hint: 'сохраните файл в кодировке UTF-8 (в редакторе: «Сохранить как» → UTF-8)',
      },
    ]);
  }
}
