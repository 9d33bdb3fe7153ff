import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Problem } from '../diagnostics/index.js';
import { checkImageFile } from './checkImageFile.js';
import { findPosition, type PositionMap } from './positionMap.js';

/** The folder that `logo` and `photo` paths are relative to: `assets` when given, else the data file's folder. */
export function assetBase(file: string | undefined, assets?: string): string {
  if (assets !== undefined) return resolve(assets);
  return file !== undefined ? dirname(resolve(file)) : process.cwd();
}

/** Whether `path` is `base` or inside it. */
function inside(base: string, path: string): boolean {
  const rel = relative(base, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Why an image path of a data file is not allowed: it leads out of the
 * folder (`../..`, an absolute path elsewhere, a link pointing out). Checked
 * on the path first, so a file outside is never opened, and whether it
 * exists is never told.
 */
function outsideProblem(base: string, absolute: string, shown: string): { code: 'bad-image'; message: string; hint: string } | undefined {
  const refused = {
    code: 'bad-image' as const,
    message: `путь "${shown}" ведёт за пределы папки файла данных`,
    hint: 'логотип и фото должны лежать в папке файла данных или в её подпапках (или в папке --assets)',
  };
  if (!inside(base, absolute)) return refused;
  try {
    if (!inside(realpathSync(base), realpathSync(absolute))) return refused;
  } catch {
    // missing: checkImageFile says so
  }
  return undefined;
}

/** Where the data file names image files: `logo` and every `speakers[i].photo`. */
export function assetRefs(input: unknown, positions?: PositionMap): { path: string; value: string }[] {
  const refs: { path: string; value: string }[] = [];
  const text = (v: unknown, path: string): string | undefined =>
    typeof v === 'string' ? v : typeof v === 'number' ? (positions?.get(path)?.numberText ?? String(v)) : undefined;
  if (typeof input !== 'object' || input === null) return refs;
  const top = input as Record<string, unknown>;
  const logo = text(top.logo, 'logo');
  if (logo !== undefined) refs.push({ path: 'logo', value: logo });
  if (Array.isArray(top.speakers)) {
    top.speakers.forEach((s: unknown, i) => {
      const path = `speakers[${i}].photo`;
      const photo = typeof s === 'object' && s !== null ? text((s as Record<string, unknown>).photo, path) : undefined;
      if (photo !== undefined) refs.push({ path, value: photo });
    });
  }
  return refs;
}

/**
 * A problem for every image file that is outside the data file's folder (or
 * `assets`), missing, unreadable, too big or not an image. Without a data
 * file (a Briefing handed to the library) paths are not confined.
 */
export function checkAssets(input: unknown, file?: string, positions?: PositionMap, assets?: string): Problem[] {
  const base = assetBase(file, assets);
  const confined = file !== undefined || assets !== undefined;
  return assetRefs(input, positions).flatMap(({ path, value }) => {
    const absolute = resolve(base, value);
    const found = (confined ? outsideProblem(base, absolute, value) : undefined) ?? checkImageFile(absolute, value);
    if (!found) return [];
    const pos = findPosition(positions, path);
    return [{ severity: 'error' as const, file, path, line: pos?.line, column: pos?.column, expected: 'файл PNG, JPEG или SVG', ...found }];
  });
}
