import { BriefingError, isBriefingError } from '../diagnostics/briefingError.js';
import { formatProblem } from '../diagnostics/formatProblem.js';
import type { Problem } from '../diagnostics/problem.js';
import type { Theme } from './theme/theme.js';
import { findTemplateFiles } from './findTemplateFiles.js';
import { checkThemeLayer } from './theme/checkThemeLayer.js';
import { readThemeJson, themeProblem } from './theme/readThemeJson.js';
import { resolveTheme, type ThemeLayer } from './theme/resolveTheme.js';

export type { ThemeLayer } from './theme/resolveTheme.js';

/** What a theme is resolved over: a template set's format and its own theme.json. */
export interface ThemeBase {
  format: string;
  themeLayers: readonly ThemeLayer[];
}

/**
 * Reads a template set's `theme.json` and resolves it for `format`; a
 * BriefingError (code `theme`) lists every problem, with file, line and column.
 */
export function loadBaseTheme(path: string, label: string, format: string): { themeLayers: ThemeLayer[]; theme: Theme } {
  const source = readThemeJson(path, label);
  const themeLayers = [{ source, at: [] }];
  const own = checkThemeLayer(source, false).map((issue) => themeProblem(source, issue));
  return { themeLayers, theme: resolveChecked(themeLayers, format, own) };
}

/** Resolves `layers`, refusing them with the problems each file has on its own (`own`) and those of the whole, at once. */
function resolveChecked(layers: readonly ThemeLayer[], format: string, own: readonly Problem[]): Theme {
  let theme: Theme | undefined;
  let merged: readonly Problem[] = [];
  try {
    theme = resolveTheme(layers, format);
  } catch (error) {
    if (!isBriefingError(error)) throw error;
    merged = error.problems;
  }
  if (theme && own.length === 0) return theme;
  const all = new Map<string, Problem>();
  for (const problem of [...own, ...merged]) all.set(`${problem.file}\u0000${problem.path ?? problem.message}`, problem);
  throw new BriefingError([...all.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
}

/**
 * A user's theme file (`--theme`): the shape of `theme.json`, every part
 * optional, plus an `accent` colour, a `logo`, and sections `handout` and
 * `slides` that apply to one format over the shared part. Resolved over
 * `base` (see resolveTheme). Read on every call (a few kilobytes), so a
 * changed file takes effect at once.
 */
export function mergeThemeFile(base: ThemeBase, path: string): Theme {
  const source = readThemeJson(path, path);
  const own = checkThemeLayer(source, true).map((issue) => themeProblem(source, issue));
  return resolveChecked([...base.themeLayers, { source, at: [] }, { source, at: [base.format] }], base.format, own);
}

/** The theme a render uses: the template set's, or a user's theme file over it. */
export function themeFor(base: ThemeBase & { theme: Theme }, themeFile: string | undefined): Theme {
  return themeFile === undefined ? base.theme : mergeThemeFile(base, themeFile);
}

/**
 * Every problem of the themes a run would use — each format's theme.json
 * (built-in or in `templates`) with the user's `theme` file over it — each
 * named once (a problem of the shared part is not repeated per format).
 * For the command line, before any file is rendered. Empty when all is well.
 */
export function checkThemes(formats: readonly string[], templates: string | undefined, theme: string | undefined): Problem[] {
  const problems = new Map<string, Problem>();
  for (const format of formats) {
    try {
      const files = findTemplateFiles(format, templates);
      const base: ThemeBase = { format, ...loadBaseTheme(files.theme.path, files.theme.label, format) };
      if (theme !== undefined) mergeThemeFile(base, theme);
    } catch (error) {
      if (!isBriefingError(error)) throw error;
      for (const problem of error.problems) problems.set(formatProblem(problem), problem);
    }
  }
  return [...problems.values()];
}
