import { existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { JSONPath } from 'jsonc-parser';
import { nearestName } from '../../diagnostics/nearestName.js';
import { isNumber, isObject } from '../guards.js';
import { checkStyleProps } from './checkStyleProps.js';
import { parseCssColor } from './cssColor.js';
import type { ThemeIssue, ThemeSource } from './readThemeJson.js';

/** The parts of a theme, shared or per format. */
export const PART_KEYS = ['accent', 'logo', 'page', 'fonts', 'styles', 'options'] as const;
/** The per-format sections a theme file may have over its shared part. */
export const FORMAT_SECTIONS = ['handout', 'slides'] as const;
const PAGE_KEYS = ['margin', 'header', 'footer'];
const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.svg'];

/**
 * Problems of one theme file, each where it is written: the shared part and,
 * in a user's file (`sections`), the `handout` and `slides` sections. Only
 * what one file can get wrong on its own; the merged theme is checked later.
 */
export function checkThemeLayer(source: ThemeSource, sections: boolean): ThemeIssue[] {
  const value = source.value;
  const allowed: readonly string[] = sections ? [...PART_KEYS, ...FORMAT_SECTIONS] : PART_KEYS;
  if (!isObject(value)) return [{ at: [], message: `тема должна быть объектом { ${allowed.join(', ')} } (любая часть может отсутствовать)` }];
  const issues = checkPart(source, value, [], allowed);
  if (sections) {
    for (const section of FORMAT_SECTIONS) {
      const part = value[section];
      if (part === undefined) continue;
      if (!isObject(part)) issues.push({ at: [section], message: `ожидался объект: раздел темы только для формата ${section}` });
      else issues.push(...checkPart(source, part, [section], PART_KEYS));
    }
  }
  return issues;
}

/** A problem for every key of `obj` that is not `allowed`, on the key, with the nearest known name. */
function unknownKeys(obj: Record<string, unknown>, at: JSONPath, allowed: readonly string[], what: string): ThemeIssue[] {
  return Object.keys(obj)
    .filter((key) => !allowed.includes(key))
    .map((key) => {
      const near = nearestName(key, allowed);
      return { at: [...at, key], onKey: true, message: `${what} «${key}»`, hint: near ? `возможно, ${near}` : `известны: ${allowed.join(', ')}` };
    });
}

function checkPart(source: ThemeSource, part: Record<string, unknown>, at: JSONPath, allowed: readonly string[]): ThemeIssue[] {
  const issues = unknownKeys(part, at, allowed, 'неизвестный раздел темы');
  const { accent, logo, page, fonts, styles, options } = part;
  if (accent !== undefined && (typeof accent !== 'string' || !parseCssColor(accent))) {
    issues.push({ at: [...at, 'accent'], message: `ожидался цвет (#555, #7a1f2b, rgb(122, 31, 43) или имя: red, navy), а не ${JSON.stringify(accent)}` });
  }
  if (logo !== undefined) issues.push(...checkLogo(source, logo, [...at, 'logo']));
  if (page !== undefined) issues.push(...checkPage(page, [...at, 'page']));
  if (fonts !== undefined) {
    if (!isObject(fonts)) issues.push({ at: [...at, 'fonts'], message: 'ожидался объект «ключ семейства → список шрифтов»' });
    else {
      for (const [key, chain] of Object.entries(fonts)) {
        if (!Array.isArray(chain) || chain.length === 0 || !chain.every((x) => typeof x === 'string' && x !== '')) {
          issues.push({ at: [...at, 'fonts', key], message: 'ожидался непустой список имён шрифтов: ["PTSans", "NotoSans"]' });
        }
      }
    }
  }
  if (styles !== undefined) {
    if (!isObject(styles)) issues.push({ at: [...at, 'styles'], message: 'ожидался объект «селектор → свойства»' });
    else for (const [selector, style] of Object.entries(styles)) issues.push(...checkStyleProps([...at, 'styles', selector], selector, style));
  }
  if (options !== undefined) {
    if (!isObject(options)) issues.push({ at: [...at, 'options'], message: 'ожидался объект «имя → строка, число или true/false»' });
    else {
      for (const [key, v] of Object.entries(options)) {
        if (!['string', 'number', 'boolean'].includes(typeof v))
          issues.push({ at: [...at, 'options', key], message: 'ожидалась строка, число или true/false' });
      }
    }
  }
  return issues;
}

function checkPage(page: unknown, at: JSONPath): ThemeIssue[] {
  if (!isObject(page)) return [{ at, message: 'ожидался объект { margin, header, footer }' }];
  const issues = unknownKeys(page, at, PAGE_KEYS, 'неизвестное поле');
  const inRange = (v: unknown): boolean => isNumber(v) && v >= 0 && v <= 1000;
  const m = page.margin;
  if (m !== undefined && (!Array.isArray(m) || m.length !== 4 || !m.every(inRange))) {
    issues.push({ at: [...at, 'margin'], message: 'ожидались четыре числа от 0 до 1000 [сверху, справа, снизу, слева] в пунктах' });
  }
  for (const key of ['header', 'footer'] as const) {
    if (page[key] !== undefined && !inRange(page[key])) issues.push({ at: [...at, key], message: 'ожидалось число от 0 до 1000 (пункты)' });
  }
  return issues;
}

function checkLogo(source: ThemeSource, logo: unknown, at: JSONPath): ThemeIssue[] {
  if (typeof logo !== 'string' || logo === '') return [{ at, message: 'ожидался путь к картинке (PNG, JPEG или SVG) относительно файла темы' }];
  const path = logoPath(source, logo);
  if (!existsSync(path) || !statSync(path).isFile()) return [{ at, message: `нет файла логотипа ${path}` }];
  if (!IMAGE_EXTENSIONS.includes(extname(path).toLowerCase()))
    return [{ at, message: `логотип должен быть PNG, JPEG или SVG, а не ${extname(path) || 'файл без расширения'}` }];
  return [];
}

/** A theme's `logo`, absolute: relative paths are read from the theme file's folder. */
export function logoPath(source: ThemeSource, logo: string): string {
  return resolve(dirname(source.path), logo);
}
