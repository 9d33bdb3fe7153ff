import { realpathSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { isDataFileName } from '../cli/collectInputs.js';

/** Refusal of a file name from the page: outside the folder, malformed, a link that leads out. */
export class PathRefused extends Error {}

/**
 * The folder the studio was opened on. Every name from the page is a plain
 * file name inside it: no folders, no `..`, no absolute path, no link whose
 * target lies outside (checked on the real path, so symlinks cannot escape).
 */
export class StudioFolder {
  readonly root: string;

  constructor(root: string) {
    this.root = realpathSync(root);
  }

  /** The absolute path of `name`, or PathRefused. The file itself need not exist yet. */
  async resolve(name: unknown): Promise<string> {
    if (typeof name !== 'string' || name === '' || name.length > 255) throw new PathRefused('имя файла не задано');
    if (isAbsolute(name) || /[\\/\0]/.test(name) || name === '.' || name === '..' || name.startsWith('.')) {
      throw new PathRefused(`недопустимое имя файла «${name}»: только файлы этой папки`);
    }
    const path = join(this.root, name);
    const real = await realpath(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return path;
      throw new PathRefused(`файл «${name}» недоступен`);
    });
    if (!this.contains(real)) throw new PathRefused(`файл «${name}» ведёт за пределы папки`);
    return path;
  }

  /** Whether a real (links resolved) path is a file directly inside the folder. */
  contains(real: string): boolean {
    return dirname(real) === this.root && relative(this.root, real) !== '';
  }

  /** The data files directly inside the folder (names sorted), links leading out left out. */
  async dataFiles(): Promise<string[]> {
    const names = (await readdir(this.root)).filter((n) => isDataFileName(n) && !n.startsWith('.')).sort();
    const kept: string[] = [];
    for (const name of names) {
      try {
        const path = await this.resolve(name);
        if ((await stat(path)).isFile()) kept.push(name);
      } catch {
        // a link out or an unreadable entry is not listed
      }
    }
    return kept;
  }

  /** Theme files (`*.theme.json`) of the folder, for the theme choice. */
  async themeFiles(): Promise<string[]> {
    return (await readdir(this.root)).filter((n) => n.endsWith('.theme.json') && !n.startsWith('.')).sort();
  }
}
