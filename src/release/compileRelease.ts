import Handlebars from 'handlebars';
import { readTextFileSync } from '../diagnostics/readRegularFile.js';
import { LIMITS } from '../diagnostics/limits.js';
import { registerHelpers, type HandlebarsEnv } from '../template/helpers/index.js';
import { findUnescaped } from '../template/findUnescaped.js';
import { templateError } from '../template/templateError.js';
import { blamingFile, unescapedError } from '../template/compileTemplates.js';
import type { TemplateFile } from '../template/findTemplateFiles.js';
import type { InlineRun } from '../view/types.js';
import { findReleaseTemplates, type ReleaseKind } from './findReleaseTemplates.js';

export type CompiledRelease = (context: unknown, runtime?: Handlebars.RuntimeOptions) => string;
type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;

/**
 * Compiles the release templates of `kind` in an isolated Handlebars
 * environment with the project's helpers, `strict` and `knownHelpersOnly`.
 * `html`: values are escaped as HTML and `{{{…}}}` is refused, so data stays
 * text; `rich` writes `<b>`/`<i>`. `txt`: nothing is escaped (plain text)
 * and `rich` gives a paragraph's text without marks.
 */
export function compileRelease(kind: ReleaseKind, userDir?: string): CompiledRelease {
  const files = findReleaseTemplates(kind, userDir);
  const hb = Handlebars.create();
  registerHelpers(hb);
  if (kind === 'txt') hb.registerHelper('rich', plainRich);
  const knownHelpers = Object.fromEntries(Object.keys(hb.helpers).map((name) => [name, true]));
  const options: CompileOptions = { strict: true, knownHelpersOnly: true, knownHelpers, preventIndent: true, noEscape: kind === 'txt' };
  for (const [name, file] of files.partials) hb.registerPartial(name, compileFile(hb, file, options, kind));
  return compileFile(hb, files.layout, options, kind);
}

function plainRich(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) throw new Error('helper "rich": expected a paragraph (a list of runs)');
  return value.map((run: InlineRun) => String(run?.text ?? '')).join('');
}

function compileFile(hb: HandlebarsEnv, file: TemplateFile, options: CompileOptions, kind: ReleaseKind): CompiledRelease {
  let source: string;
  // Only a regular file of at most 1 MB: a FIFO or a device is refused without being opened.
  const read = readTextFileSync(file.path, LIMITS.templateBytes);
  if ('refusal' in read) throw templateError(new Error(`шаблон не читается: ${read.refusal}`), file.label);
  source = read.text;
  try {
    hb.precompile(source, options);
  } catch (error) {
    throw templateError(error, file.label);
  }
  if (kind === 'html') {
    const unescaped = findUnescaped(hb, source);
    if (unescaped.length > 0) {
      throw unescapedError(file, unescaped);
    }
  }
  const template = hb.compile(source, options);
  return blamingFile(template, file);
}
