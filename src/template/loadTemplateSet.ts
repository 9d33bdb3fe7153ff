import { resolve } from 'node:path';
import type { Theme } from './theme/theme.js';
import type { BriefingView } from '../view/types.js';
import { compileTemplates, templateSources } from './compileTemplates.js';
import { findTemplateFiles } from './findTemplateFiles.js';
import { loadBaseTheme, type ThemeLayer } from './loadTheme.js';
import { templateError } from './templateError.js';
import { stripInvalidXmlChars } from './xmlChars.js';

export interface TemplateSet {
  /** The format; a user's theme file applies its section of this name (themeFor). */
  format: 'handout' | 'slides';
  theme: Theme;
  /** The theme.json the theme comes from, unresolved (a user's theme file is resolved over it). */
  themeLayers: readonly ThemeLayer[];
  /** The markup for `view`; templates see the theme's options as `theme` (default: this set's theme). */
  render(view: BriefingView, options?: Theme['options'], extra?: Readonly<Record<string, unknown>>): string;
}

const cache = new Map<string, TemplateSet>();

/**
 * The templates of `format`: built-in (`templates/<format>/`) or from a user's
 * folder (`<userDir>/<format>/layout.hbs`, its `partials/` and `theme.json`
 * replacing the built-in ones by name). Compiled once per process and folder.
 */
export function loadTemplateSet(format: 'handout' | 'slides', userDir?: string): TemplateSet {
  const key = `${format}\u0000${userDir === undefined ? '' : resolve(userDir)}`;
  const hit = cache.get(key);
  if (hit) return hit;

  const files = findTemplateFiles(format, userDir);
  const { themeLayers, theme } = loadBaseTheme(files.theme.path, files.theme.label, format);
  const layout = compileTemplates(files);
  const set: TemplateSet = {
    format,
    theme,
    themeLayers,
    render(view, options = theme.options ?? {}, extra = {}) {
      let markup: string;
      try {
        markup = layout({ ...view, ...extra, theme: options });
      } catch (error) {
        throw templateError(error, files.layout.label, { sourceOf: (label) => templateSources.get(label), fields: fieldNames(view) });
      }
      return stripInvalidXmlChars(markup);
    },
  };
  cache.set(key, set);
  return set;
}

/** Forgets every compiled template set, so the next render reads the files again (`briefing watch`). */
export function invalidateTemplateCache(): void {
  cache.clear();
}

/** Every key of the view, at any depth (the names a template can use), for «did you mean». */
function fieldNames(value: unknown, into = new Set<string>(['theme']), depth = 0): string[] {
  if (typeof value === 'object' && value !== null && depth < 6) {
    for (const [key, child] of Object.entries(value)) {
      if (!Array.isArray(value)) into.add(key);
      fieldNames(child, into, depth + 1);
    }
  }
  return [...into];
}
