import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Problem } from '../diagnostics/index.js';

/** Extensions of data files, compared without regard to case. */
export const DATA_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

export interface DataInput {
  /** The path as the user would write it (`data/x.yaml`): shown in messages and passed to the loader. */
  path: string;
  /** The file name without its extension: `NAME` of `NAME.handout.pdf`. */
  name: string;
}

export interface CollectedInputs {
  inputs: DataInput[];
  /** Paths that were refused before loading: missing, not a data file, a folder without data files. */
  refused: Problem[];
}

/**
 * Expands the command line's PATHs: a data file is taken as is; a folder
 * gives the data files directly inside it (not in subfolders, not hidden
 * ones), sorted by name. A file reached twice is taken once.
 */
export async function collectInputs(paths: readonly string[]): Promise<CollectedInputs> {
  const inputs: DataInput[] = [];
  const refused: Problem[] = [];
  const seen = new Set<string>();
  const take = (path: string): void => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ path, name: basename(path, extname(path)) });
  };

  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      refused.push(
        pathProblem(path, info.code === 'ENOENT' || info.code === 'ENOTDIR' ? 'нет такого файла или папки' : `не удалось прочитать: ${info.message}`),
      );
    } else if (info.isDirectory()) {
      const files = await dataFilesIn(path).catch((error: Error) => error);
      if (files instanceof Error) refused.push(pathProblem(path, `не удалось прочитать папку: ${files.message}`));
      else if (files.length === 0) refused.push(pathProblem(path, `в папке нет файлов данных (${DATA_EXTENSIONS.join(', ')})`));
      else files.forEach(take);
    } else if (isDataFileName(path)) {
      take(path);
    } else {
      refused.push(pathProblem(path, `не файл данных: ожидалось расширение ${DATA_EXTENSIONS.join(', ')} или папка`));
    }
  }
  return { inputs, refused };
}

export function isDataFileName(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return (DATA_EXTENSIONS as readonly string[]).includes(ext);
}

async function dataFilesIn(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => !name.startsWith('.') && isDataFileName(name));
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) files.push(path);
  }
  return files;
}

function pathProblem(path: string, message: string): Problem {
  return { code: 'io', severity: 'error', file: path, message };
}
