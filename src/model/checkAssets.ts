import { dirname, resolve } from 'node:path';
import type { Problem } from '../diagnostics/index.js';
import { checkImageFile } from './checkImageFile.js';
import { findPosition, type PositionMap } from './positionMap.js';

/** The folder that `logo` and `photo` paths are relative to. */
export function assetBase(file: string | undefined): string {
  return file !== undefined ? dirname(resolve(file)) : process.cwd();
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

/** A problem for every image file that is missing, unreadable, too big or not an image. */
export function checkAssets(input: unknown, file?: string, positions?: PositionMap): Problem[] {
  const base = assetBase(file);
  return assetRefs(input, positions).flatMap(({ path, value }) => {
    const found = checkImageFile(resolve(base, value), value);
    if (!found) return [];
    const pos = findPosition(positions, path);
    return [{ severity: 'error' as const, file, path, line: pos?.line, column: pos?.column, expected: 'файл PNG, JPEG или SVG', ...found }];
  });
}
