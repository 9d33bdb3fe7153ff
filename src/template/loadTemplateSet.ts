import { resolve } from 'node:path';
import type { Theme } from './theme/theme.js';
import type { BriefingView } from '../view/types.js';
import { compileTemplates, templateSources } from './compileTemplates.js';
import { findTemplateFiles, type TemplateFile, type TemplateFiles } from './findTemplateFiles.js';
import { readTextFileSync } from '../diagnostics/readRegularFile.js';
import { LIMITS } from '../diagnostics/limits.js';
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
/** The files each set was made from. */
const filesOf = new WeakMap<TemplateSet, TemplateFiles>();

/** A set compiled before the startup snapshot was taken, with the text of every file it was made from. */
interface KeptSet {
  set: TemplateSet;
  files: { path: string; label: string; text: string }[];
}
/** Sets kept in the startup snapshot: used again only while every file of them reads the same. */
const kept = new Map<string, KeptSet>();

function fileList(files: TemplateFiles): TemplateFile[] {
  return [files.layout, ...files.partials.values(), files.theme];
}

function readAll(files: TemplateFiles): { path: string; label: string; text: string }[] | null {
  const out: { path: string; label: string; text: string }[] = [];
  for (const file of fileList(files)) {
    const read = readTextFileSync(file.path, LIMITS.templateBytes);
    if (!('text' in read)) return null;
    out.push({ path: file.path, label: file.label, text: read.text });
  }
  return out;
}

/** The kept set of `key`, if the files found now are the same files with the same texts. */
function keptSet(key: string, files: TemplateFiles): TemplateSet | undefined {
  const before = kept.get(key);
  if (before === undefined) return undefined;
  kept.delete(key);
  const now = readAll(files);
  if (now === null || now.length !== before.files.length) return undefined;
  for (let i = 0; i < now.length; i++) {
    const a = now[i]!;
    const b = before.files[i]!;
    if (a.path !== b.path || a.label !== b.label || a.text !== b.text) return undefined;
  }
  for (const f of now) templateSources.set(f.label, f.text);
  filesOf.set(before.set, files);
  return before.set;
}

/**
 * Called once before the startup snapshot is taken (scripts/snapshot-entry.js):
 * the compiled sets stay in the snapshot with the texts they were made from;
 * a process started from it uses one only after reading every file of it
 * again and finding the same files with the same texts.
 */
export function keepTemplatesForSnapshot(): void {
  for (const [key, set] of cache) {
    const files = filesOf.get(set);
    const texts = files && readAll(files);
    if (texts) kept.set(key, { set, files: texts });
  }
  cache.clear();
}

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
  const known = keptSet(key, files);
  if (known) {
    cache.set(key, known);
    return known;
  }
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
  filesOf.set(set, files);
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
