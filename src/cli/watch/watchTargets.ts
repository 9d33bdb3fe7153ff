import { basename, dirname, extname, join, relative, resolve, isAbsolute } from 'node:path';
import { isDataFileName } from '../collectInputs.js';
import { packageRoot } from '../../assets/packageRoot.js';

/** What a changed path means for `briefing watch`. */
export type ChangeKind = 'data' | 'templates' | 'theme' | 'locales' | 'fonts' | 'other';

/** The folders and files besides the data that renders depend on. */
export interface WatchTargets {
  /** Built-in templates/, and the user's `--templates` folder: watched with everything below. */
  templateDirs: string[];
  themeFile: string | undefined;
  localesDir: string;
  fontsDir: string;
}

export function watchTargets(templates: string | undefined, theme: string | undefined): WatchTargets {
  const root = packageRoot();
  return {
    templateDirs: [join(root, 'templates'), ...(templates === undefined ? [] : [resolve(templates)])],
    themeFile: theme === undefined ? undefined : resolve(theme),
    localesDir: join(root, 'locales'),
    fontsDir: join(root, 'fonts'),
  };
}

/**
 * Sorts a changed absolute path. Editors' temporary and backup files (hidden
 * ones, `~`, `.swp`, `.tmp`) are `other`, and so are our own atomic writes.
 */
export function classifyChange(path: string, targets: WatchTargets): ChangeKind {
  const name = basename(path);
  if (name.startsWith('.') || name.endsWith('~') || /\.(swp|swx|tmp|bak)$/i.test(name)) return 'other';
  if (targets.themeFile === path) return 'theme';
  if (targets.templateDirs.some((dir) => isInside(path, dir))) return 'templates';
  if (dirname(path) === targets.localesDir && extname(name) === '.json') return 'locales';
  if (dirname(path) === targets.fontsDir && /\.(ttf|otf)$/i.test(name)) return 'fonts';
  if (isDataFileName(path)) return 'data';
  return 'other';
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
