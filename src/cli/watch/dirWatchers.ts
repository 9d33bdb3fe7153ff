import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Folder watchers (`fs.watch`) that report the absolute path of whatever
 * changed inside. Folders, not files, are watched: an editor that saves by
 * writing a new file and renaming it over the old one replaces the file a
 * file watcher would hold. A folder is watched once, however often asked.
 */
export class DirWatchers {
  private readonly watchers = new Map<string, FSWatcher>();

  constructor(
    private readonly onChange: (path: string) => void,
    private readonly onError: (dir: string, error: Error) => void,
  ) {}

  /** Starts watching `dir` (and everything below it when `recursive`); false when it cannot be watched. */
  add(dir: string, recursive = false): boolean {
    const abs = resolve(dir);
    const key = `${recursive ? 'r' : 'f'}:${abs}`;
    if (this.watchers.has(key)) return true;
    try {
      const watcher = watch(abs, { recursive, persistent: true }, (_event, name) => {
        this.onChange(name === null ? abs : join(abs, name.toString()));
      });
      watcher.on('error', (error) => this.onError(abs, error));
      this.watchers.set(key, watcher);
      return true;
    } catch (error) {
      this.onError(abs, error as Error);
      return false;
    }
  }

  closeAll(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }
}
