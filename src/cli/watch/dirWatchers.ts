import { existsSync, readdirSync, statSync, watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { join, resolve } from 'node:path';

interface Watched {
  watcher: FSWatcher | undefined;
  /** Folders below are watched too (each on its own), new ones as they appear. */
  tree: boolean;
}

/** How often a folder that vanished is looked for again, ms. */
const REARM_MS = 250;

/**
 * Folder watchers that report the absolute path of whatever changed inside.
 * Each folder is watched on its own, never with `recursive` (on Linux,
 * Node 20's recursive watch loses a file an editor replaces by rename:
 * `sed -i`, vim, "safe write"). Folders, not files, are watched, so a file
 * replaced by a rename is still seen. A folder of a tree (`--templates`)
 * gets its subfolders watched, new ones included; a folder that is renamed
 * away or deleted is watched again as soon as it is back (re-armed).
 */
export class DirWatchers {
  private readonly watched = new Map<string, Watched>();
  private rearmTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly onChange: (path: string) => void,
    private readonly onError: (dir: string, error: Error) => void,
  ) {}

  /** Starts watching `dir` (and every folder below it when `tree`); false when it cannot be watched now. */
  add(dir: string, tree = false): boolean {
    const abs = resolve(dir);
    const known = this.watched.get(abs);
    if (known) {
      if (tree && !known.tree) {
        known.tree = true;
        this.addChildren(abs);
      }
      return known.watcher !== undefined;
    }
    this.watched.set(abs, { watcher: undefined, tree });
    const armed = this.arm(abs);
    if (tree) this.addChildren(abs);
    return armed;
  }

  /** How many folders have a live watcher (tests). */
  get size(): number {
    return [...this.watched.values()].filter((w) => w.watcher).length;
  }

  closeAll(): void {
    this.closed = true;
    if (this.rearmTimer) clearInterval(this.rearmTimer);
    for (const entry of this.watched.values()) entry.watcher?.close();
    this.watched.clear();
  }

  private arm(dir: string): boolean {
    const entry = this.watched.get(dir);
    if (!entry || this.closed) return false;
    try {
      const watcher = watch(dir, { persistent: true }, (event, name) => this.changed(dir, event, name === null ? null : name.toString()));
      watcher.on('error', () => this.disarm(dir));
      entry.watcher = watcher;
      return true;
    } catch (error) {
      if (existsSync(dir)) this.onError(dir, error as Error);
      this.disarm(dir);
      return false;
    }
  }

  private changed(dir: string, event: string, name: string | null): void {
    const path = name === null ? dir : join(dir, name);
    if (event === 'rename') {
      // the folder itself went away (renamed or deleted): watch it again when it is back
      if (!existsSync(dir)) {
        this.disarm(dir);
        return;
      }
      const entry = this.watched.get(dir);
      if (entry?.tree && name !== null && isDirectory(path)) {
        this.add(path, true);
        this.reportFiles(path);
      }
    }
    this.onChange(path);
  }

  /** A watcher that failed or whose folder is gone: closed now, looked for again every REARM_MS. */
  private disarm(dir: string): void {
    const entry = this.watched.get(dir);
    if (!entry) return;
    entry.watcher?.close();
    entry.watcher = undefined;
    if (this.rearmTimer || this.closed) return;
    this.rearmTimer = setInterval(() => this.rearm(), REARM_MS);
    this.rearmTimer.unref();
  }

  private rearm(): void {
    let waiting = false;
    for (const [dir, entry] of this.watched) {
      if (entry.watcher) continue;
      if (existsSync(dir) && this.arm(dir)) {
        if (entry.tree) this.addChildren(dir);
        this.reportFiles(dir); // whatever was written while nobody watched
      } else {
        waiting = true;
      }
    }
    if (!waiting && this.rearmTimer) {
      clearInterval(this.rearmTimer);
      this.rearmTimer = undefined;
    }
  }

  private addChildren(dir: string): void {
    for (const child of subfolders(dir)) this.add(child, true);
  }

  /** Reports every file of a folder that appeared (moved in, or back) as changed. */
  private reportFiles(dir: string): void {
    for (const name of safeList(dir)) {
      const path = join(dir, name);
      if (!isDirectory(path)) this.onChange(path);
    }
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function subfolders(dir: string): string[] {
  return safeList(dir)
    .filter((name) => !name.startsWith('.') && name !== 'node_modules')
    .map((name) => join(dir, name))
    .filter(isDirectory);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
