import { readFileSync, statSync } from 'node:fs';
import type { ProblemCode } from '../diagnostics/index.js';
import { sniffImage, svgExternalRefs } from './sniffImage.js';

/**
 * The largest logo or photo accepted: 10 MB (10 × 1024 × 1024 bytes). A
 * handout needs far less; a bigger file is almost always a mistake (a raw
 * camera image) and would bloat every PDF made from it.
 */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export interface FileProblem {
  code: ProblemCode;
  message: string;
  hint?: string;
}

/** Checks that `absolute` is a readable PNG, JPEG or self-contained SVG of at most 10 MB. */
export function checkImageFile(absolute: string, shown: string): FileProblem | undefined {
  let size: number;
  try {
    const stat = statSync(absolute);
    if (!stat.isFile()) return { code: 'bad-image', message: `"${shown}" — это папка, а не файл изображения`, hint: absolute };
    size = stat.size;
  } catch {
    return { code: 'missing-file', message: `файл не найден: "${shown}"`, hint: `путь считается от папки файла данных; искали ${absolute}` };
  }
  if (size > MAX_IMAGE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1).replace('.', ',');
    return { code: 'bad-image', message: `изображение "${shown}" слишком большое: ${mb} МБ`, hint: 'допускается не больше 10 МБ; уменьшите размер или сожмите файл' };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolute);
  } catch (e) {
    return { code: 'io', message: `не удалось прочитать "${shown}": ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  const kind = sniffImage(bytes);
  if (!kind) {
    return { code: 'bad-image', message: `"${shown}" — не изображение PNG, JPEG или SVG`, hint: 'тип файла определяется по содержимому, а не по расширению' };
  }
  if (kind === 'svg') {
    const refs = svgExternalRefs(new TextDecoder('utf-8').decode(bytes));
    if (refs.length > 0) {
      return {
        code: 'bad-image', message: `SVG "${shown}" ссылается на внешние файлы: ${refs.slice(0, 3).map((r) => `"${r}"`).join(', ')}`,
        hint: 'встройте картинки в SVG (data:) или сохраните изображение как PNG',
      };
    }
  }
  return undefined;
}
