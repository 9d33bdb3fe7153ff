import Handlebars from 'handlebars';
import { readTextFileSync } from '../diagnostics/readRegularFile.js';
import { LIMITS } from '../diagnostics/limits.js';
import { registerHelpers, type HandlebarsEnv } from './helpers/index.js';
import { BriefingError } from '../diagnostics/briefingError.js';
import { findUnescaped } from './findUnescaped.js';
import { precompiledSpec, specKey } from './precompiledSpecs.js';
import { injectPositions } from './injectPositions.js';
import { annotateTemplateError, templateError } from './templateError.js';
import type { TemplateFile, TemplateFiles } from './findTemplateFiles.js';

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];
type Compiled = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

/**
 * Compiles a template set in its own isolated Handlebars environment, with
 * `strict` and `knownHelpersOnly`. Every source is first marked with element
 * positions (injectPositions) and fully compiled once, so syntax errors and
 * unknown helpers are reported now, naming the file and line.
 */
export function compileTemplates(files: TemplateFiles): Compiled {
  const { hb, options } = environment();
  for (const [name, file] of files.partials) {
    hb.registerPartial(name, compileFile(hb, file, options));
  }
  return compileFile(hb, files.layout, options);
}

/** The source of every template compiled, by label, to quote it in messages. */
export const templateSources = new Map<string, string>();

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;

function environment(): { hb: HandlebarsEnv; options: CompileOptions } {
  const hb = Handlebars.create();
  const knownHelpers = registerHelpers(hb);
  // preventIndent: an indented `{{> partial}}` would otherwise indent every
  // line of its output, data values included.
  return { hb, options: { strict: true, knownHelpersOnly: true, knownHelpers, preventIndent: true } };
}

/** A template's source marked with positions, checked, and precompiled (at build time when it can be). */
function specOf(hb: HandlebarsEnv, file: TemplateFile, options: CompileOptions, reuse: boolean): { key: string; spec: string } {
  let source: string;
  // Only a regular file of at most 1 MB: a FIFO or a device is refused without being opened.
  const read = readTextFileSync(file.path, LIMITS.templateBytes);
  if ('refusal' in read) throw templateError(new Error(`шаблон не читается: ${read.refusal}`), file.label);
  source = read.text;
  templateSources.set(file.label, source);
  const marked = injectPositions(source, file.label);
  const key = specKey(marked, options.knownHelpers ?? {});
  const built = reuse ? precompiledSpec(key) : undefined;
  if (built !== undefined) return { key, spec: built };
  let spec: string;
  try {
    spec = hb.precompile(marked, options) as unknown as string;
  } catch (error) {
    throw templateError(firstError(hb, source, options) ?? error, file.label, { sourceOf: (label) => templateSources.get(label) });
  }
  const unescaped = findUnescaped(hb, marked);
  if (unescaped.length > 0) throw unescapedError(file, unescaped);
  return { key, spec };
}

/** Every template of a set precompiled, by spec key (for scripts/precompile-templates.js). */
export function templateSpecs(files: TemplateFiles): [string, string][] {
  const { hb, options } = environment();
  return [...files.partials.values(), files.layout].map((file) => {
    const { key, spec } = specOf(hb, file, options, false);
    return [key, spec];
  });
}

/**
 * Compiled once (hb.compile alone would wait for the first render and compile
 * again what the check already compiled): the precompiled spec is the code
 * hb.compile would make, turned into a template by the same runtime. The
 * built-in templates come precompiled from the build when unchanged since.
 */
function compileFile(hb: HandlebarsEnv, file: TemplateFile, options: CompileOptions): Compiled {
  const { spec } = specOf(hb, file, options, true);
  const template = hb.template(new Function(`return ${spec};`)() as TemplateSpecification) as unknown as Compiled;
  return blamingFile(template, file);
}

/** A compiled template whose runtime errors name its file (innermost partial wins). */
export function blamingFile(template: Compiled, file: TemplateFile): Compiled {
  return (context, runtime) => {
    try {
      return template(context, runtime);
    } catch (error) {
      annotateTemplateError(error, file.label);
      throw error;
    }
  };
}

/** The error for `{{{…}}}` and `{{&…}}` in a template (every kind of template refuses them). */
export function unescapedError(file: TemplateFile, lines: number[]): BriefingError {
  return new BriefingError(
    lines.map((line) => ({
      code: 'template' as const,
      severity: 'error' as const,
      file: file.label,
      line,
      message: 'ошибка в шаблоне: {{{…}}} и {{&…}} запрещены — данные не должны становиться разметкой',
      hint: 'пишите {{…}} для строк и {{rich …}} для абзацев текста',
    })),
  );
}

/** The error of the template's own source (positions true to the file, not to the marked copy). */
function firstError(hb: HandlebarsEnv, source: string, options: CompileOptions): unknown {
  try {
    hb.precompile(source, options);
    return undefined;
  } catch (error) {
    return error;
  }
}
