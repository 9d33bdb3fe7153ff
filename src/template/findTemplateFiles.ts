import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BriefingError } from '../diagnostics/briefingError.js';
import { packageRoot } from '../assets/packageRoot.js';

/** A template file: where it is, and how messages and markup positions name it. */
export interface TemplateFile {
  path: string;
  /** `handout/partials/figures.hbs` (built-in) or `<userDir>/handout/layout.hbs`. */
  label: string;
}

export interface TemplateFiles {
  layout: TemplateFile;
  /** Partial name (file name without `.hbs`) → file. */
  partials: Map<string, TemplateFile>;
  theme: TemplateFile;
}

/**
 * Finds the files of a template set: the built-in `templates/<format>/`, or a
 * user's `<userDir>/<format>/` whose `layout.hbs` is required and whose
 * `partials/*.hbs` and `theme.json` replace the built-in ones of the same name.
 */
export function findTemplateFiles(format: string, userDir?: string): TemplateFiles {
  const builtinDir = join(packageRoot(), 'templates', format);
  const builtin = (rel: string): TemplateFile => ({ path: join(builtinDir, rel), label: `${format}/${rel}` });
  const partials = new Map<string, TemplateFile>();
  addPartials(partials, builtinDir, (rel) => builtin(rel));

  if (userDir === undefined) {
    const layout = builtin('layout.hbs');
    if (!existsSync(layout.path)) throw usageError(`шаблоны формата «${format}» не найдены: нет файла ${layout.path}`);
    return { layout, partials, theme: builtin('theme.json') };
  }

  const dir = join(userDir, format);
  const user = (rel: string): TemplateFile => ({ path: join(dir, rel), label: join(dir, rel) });
  const layout = user('layout.hbs');
  if (!existsSync(layout.path)) {
    throw usageError(`в папке шаблонов нет файла ${layout.path}`, `шаблоны формата «${format}» лежат в <папка>/${format}/layout.hbs`);
  }
  addPartials(partials, dir, user);
  const userTheme = user('theme.json');
  const theme = existsSync(userTheme.path) ? userTheme : builtin('theme.json');
  if (!existsSync(theme.path)) throw usageError(`нет темы: ни ${userTheme.path}, ни ${theme.path}`);
  return { layout, partials, theme };
}

function addPartials(into: Map<string, TemplateFile>, dir: string, file: (rel: string) => TemplateFile): void {
  const partialsDir = join(dir, 'partials');
  if (!existsSync(partialsDir)) return;
  for (const name of readdirSync(partialsDir).sort()) {
    if (name.endsWith('.hbs')) into.set(name.slice(0, -'.hbs'.length), file(`partials/${name}`));
  }
}

function usageError(message: string, hint?: string): BriefingError {
  return new BriefingError([{ code: 'usage', severity: 'error', message, ...(hint ? { hint } : {}) }]);
}
