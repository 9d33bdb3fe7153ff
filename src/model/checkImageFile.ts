import type { ProblemCode } from '../diagnostics/index.js';
import { LIMITS, formatMegabytes } from '../diagnostics/limits.js';
import { readRegularFileSync } from '../diagnostics/readRegularFile.js';
import { inspectImage } from '../assets/inspectImage.js';
import { svgExternalRefs } from '../assets/sniffImage.js';

/**
 * The largest logo or photo accepted: 10 MB (10 × 1024 × 1024 bytes). A
 * handout needs far less; a bigger file is almost always a mistake (a raw
 * camera image) and would bloat every PDF made from it.
 */
export const MAX_IMAGE_BYTES = LIMITS.imageBytes;

export interface FileProblem {
  code: ProblemCode;
  message: string;
  hint?: string;
}

/**
 * Checks that `absolute` is a regular file of at most 10 MB holding a whole
 * PNG, JPEG or self-contained SVG within the limits (see inspectImage).
 * Messages name the file as `shown` (the path as written in the data).
 */
export function checkImageFile(absolute: string, shown: string): FileProblem | undefined {
  const read = readRegularFileSync(absolute, MAX_IMAGE_BYTES);
  if (!(read instanceof Uint8Array)) {
    switch (read.kind) {
      case 'missing':
        return { code: 'missing-file', message: `файл не найден: "${shown}"`, hint: 'путь считается от папки файла данных' };
      case 'not-file':
        return { code: 'bad-image', message: `"${shown}" — это ${read.what}, а не файл изображения` };
      case 'too-big':
        return {
          code: 'limit',
          message: `изображение "${shown}" слишком большое: ${formatMegabytes(read.size)}`,
          hint: 'допускается не больше 10 МБ; уменьшите размер или сожмите файл',
        };
      case 'error':
        return { code: 'io', message: `не удалось прочитать "${shown}": ${read.code}` };
    }
  }
  const verdict = inspectImage(read);
  if (!verdict.ok) {
    return verdict.limit
      ? {
          code: 'limit',
          message: `изображение "${shown}" слишком большое: ${verdict.reason}`,
          hint: 'это предел программы (см. «Пределы» в документации); уменьшите изображение',
        }
      : { code: 'bad-image', message: `"${shown}" не подходит: ${verdict.reason}`, hint: 'тип файла определяется по содержимому, а не по расширению' };
  }
  if (verdict.kind === 'svg') {
    const refs = svgExternalRefs(new TextDecoder('utf-8').decode(read));
    if (refs.length > 0) {
      return {
        code: 'bad-image',
        message: `SVG "${shown}" ссылается на внешние файлы: ${refs
          .slice(0, 3)
          .map((r) => `"${r}"`)
          .join(', ')}`,
        hint: 'встройте картинки в SVG (data:) или сохраните изображение как PNG',
      };
    }
  }
  return undefined;
}
