import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { OutputArgs } from '../parseArgs.js';
import type { JobOptions } from './jobTypes.js';

/** The options every file of a `render` or `watch` run is rendered with. */
export function jobOptionsOf(args: OutputArgs): JobOptions {
  return {
    formats: args.formats,
    outDir: args.outDir,
    pdfa: args.pdfa,
    templates: args.templates,
    theme: args.theme,
    assets: args.assets,
    pngDpi: args.png ? args.pngDpi : undefined,
  };
}

/**
 * What the command line names besides the data files must be there before
 * anything is rendered: a wrong `--templates` or `--theme` is a wrong command
 * line (status 2), not a problem of every data file. Resolves to the message.
 */
export async function checkOutputArgs(args: OutputArgs): Promise<string | undefined> {
  if (args.templates !== undefined) {
    const info = await stat(args.templates).catch(() => undefined);
    if (info !== undefined && !info.isDirectory()) return `--templates ${args.templates}: это не папка (файл, канал или устройство); укажите папку шаблонов`;
    if (!info) return `папка шаблонов ${args.templates} не найдена (её можно создать: briefing templates copy ${args.templates})`;
  }
  const assets = await checkAssetsFolder(args.assets);
  if (assets) return assets;
  const out = await stat(args.outDir).catch(() => undefined);
  if (out && !out.isDirectory()) return `--out ${args.outDir}: это файл, а не папка; PDF пишутся в папку (например, --out output)`;
  if (args.theme !== undefined) {
    const info = await stat(args.theme).catch(() => undefined);
    if (info === undefined) return `файл темы ${args.theme} не найден`;
    if (!info.isFile()) return `файл темы ${args.theme} — не обычный файл (папка, канал или устройство); укажите файл JSON`;
  }
  return undefined;
}

/** What is wrong with `--assets DIR` (not there, not a folder), or undefined. */
export async function checkAssetsFolder(assets: string | undefined): Promise<string | undefined> {
  if (assets === undefined) return undefined;
  const info = await stat(assets).catch(() => undefined);
  return info?.isDirectory() ? undefined : `--assets ${assets}: ${info ? 'это не папка' : 'такой папки нет'}; укажите папку, где лежат логотип и фотографии`;
}

/** A theme file kept among the data files (`--theme data/theme.json`) is not a data file. */
export function withoutThemeFile<T extends { path: string }>(inputs: T[], theme: string | undefined): T[] {
  if (theme === undefined) return inputs;
  const themePath = resolve(theme);
  return inputs.filter((input) => resolve(input.path) !== themePath);
}
