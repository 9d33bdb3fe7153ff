import { BriefingError } from '../diagnostics/briefingError.js';
import { nearestName } from '../diagnostics/nearestName.js';

/** Marks a thrown error with the template file it came from (innermost wins). */
const TEMPLATE_FILE = Symbol('templateFile');

interface Annotated {
  [TEMPLATE_FILE]?: string;
}

export function annotateTemplateError(error: unknown, file: string): void {
  if (typeof error === 'object' && error !== null && !(error instanceof BriefingError)) {
    const annotated = error as Annotated;
    if (annotated[TEMPLATE_FILE] === undefined) annotated[TEMPLATE_FILE] = file;
  }
}

/**
 * A Handlebars error (parse, compile or runtime) as a BriefingError with code
 * `template`, naming the template file and line. `fallbackFile` is used when
 * the error was not annotated by a partial wrapper.
 */
export function templateError(error: unknown, fallbackFile: string, context: TemplateContext = {}): BriefingError {
  if (error instanceof BriefingError) return error;
  const file = (error as Annotated | null)?.[TEMPLATE_FILE] ?? fallbackFile;
  const raw = error instanceof Error ? error.message : String(error);
  const line = errorLine(error, raw);
  const source = context.sourceOf?.(file);
  const place = line !== undefined && source !== undefined ? locate(raw, source.split('\n')[line - 1] ?? '') : undefined;
  const message = place?.message ?? translate(cleanMessage(raw));
  const missing = /^"(.+)" not defined in /.exec(raw)?.[1];
  const near = missing && context.fields ? nearestName(missing, context.fields) : undefined;
  const hint = near ? { hint: `возможно, {{${near}}}; поля для шаблонов описаны в docs/markup.md` } : hintFor(raw);
  return new BriefingError([
    {
      code: 'template',
      severity: 'error',
      message: `ошибка в шаблоне: ${message}`,
      file,
      ...(line !== undefined ? { line } : {}),
      ...(place?.column !== undefined ? { column: place.column } : {}),
      ...(place?.excerpt ? { excerpt: place.excerpt } : {}),
      ...hint,
    },
  ]);
}

/** What helps name a template error: the template sources (by label) and the fields the templates see. */
export interface TemplateContext {
  sourceOf?: (label: string) => string | undefined;
  fields?: readonly string[];
}

/**
 * The column and the offending text of a Handlebars error on one line of the
 * template's own source, and a Russian message for its syntax errors (never
 * the parser's token names).
 */
function locate(raw: string, sourceLine: string): { column?: number; excerpt?: string; message?: string } {
  const missing = /^"(.+)" not defined in /.exec(raw)?.[1];
  if (missing) {
    const m = new RegExp(`\\{\\{[^}]*\\b${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b[^}]*\\}\\}`).exec(sourceLine);
    return m ? { column: m.index + 1, excerpt: m[0], message: `нет поля «${missing}»: ${m[0]}` } : {};
  }
  const lines = raw.split('\n');
  const caretLine = lines.findIndex((l) => /^-*\^$/.test(l));
  if (caretLine < 1) return {};
  const shown = lines[caretLine - 1]!;
  const caret = lines[caretLine]!.length - 1;
  const before = shown.slice(0, caret).replace(/^\.\.\./, '');
  // the parser shows up to 20 characters before the error, with the line breaks dropped
  let column: number | undefined;
  for (let k = 0; k < before.length && column === undefined; k++) {
    const tail = before.slice(k);
    const at = k === 0 ? sourceLine.indexOf(tail) : sourceLine.startsWith(tail) ? 0 : -1;
    if (at >= 0) column = at + tail.length + 1;
  }
  const rest = (column !== undefined ? sourceLine.slice(column - 1) : shown.slice(caret)).trim();
  const open = sourceLine.lastIndexOf('{{', (column ?? sourceLine.length) - 1);
  const excerpt = (open >= 0 ? sourceLine.slice(open, Math.max(open + 2, (column ?? open) - 1 + Math.min(rest.length, 12))) : rest.slice(0, 20)).trim();
  const got = /got '([A-Z_]+)'/.exec(raw)?.[1];
  let message: string;
  if (raw.startsWith('Lexical error')) message = `непонятная запись в {{…}}: «${excerpt}»`;
  else if (got === 'EOF') message = 'шаблон кончился, а блок {{#…}} не закрыт';
  else if (got === 'INVALID' && /CLOSE/.test(raw)) message = `{{…}} не закрыта: ожидалось }} в «${excerpt}»`;
  else message = `ошибка в записи {{…}}: «${excerpt}»`;
  return { ...(column !== undefined ? { column } : {}), excerpt, message };
}

function errorLine(error: unknown, message: string): number | undefined {
  const lineNumber = (error as { lineNumber?: unknown } | null)?.lineNumber;
  if (typeof lineNumber === 'number') return lineNumber;
  const parse = /on line (\d+)/.exec(message);
  if (parse) return Number(parse[1]);
  const trailing = / - (\d+):\d+$/.exec(message);
  return trailing ? Number(trailing[1]) : undefined;
}

/** One line: drops Handlebars' position suffix and the source excerpt of parse errors. */
function cleanMessage(message: string): string {
  const withoutPos = message.replace(/ - \d+:\d+$/, '');
  const lines = withoutPos.split('\n').filter((l) => l.trim() !== '');
  if (lines[0]?.startsWith('Parse error') && lines.length > 1) {
    return `${lines[0]} ${lines[lines.length - 1]}`;
  }
  return lines.join(' ');
}

/** The usual Handlebars messages in Russian; anything else as Handlebars wrote it. */
function translate(message: string): string {
  let m = /^"(.+)" not defined in /.exec(message);
  if (m) return `нет поля «${m[1]}»`;
  m = /^You specified knownHelpersOnly, but used the unknown helper (\S+)/.exec(message);
  if (m) return `неизвестный хелпер «${m[1]}»`;
  m = /^(\S+) doesn't match (\S+)$/.exec(message);
  if (m) return `блок {{#${m[1]}}} закрыт как {{/${m[2]}}}`;
  m = /^The partial (\S+) could not be found$/.exec(message);
  if (m) return `нет частичного шаблона «${m[1]}»`;
  m = /^Parse error on line \d+: (.*)$/.exec(message);
  if (m) return `синтаксическая ошибка: ${m[1]}`;
  return message;
}

function hintFor(message: string): { hint?: string } {
  if (message.includes('not defined in')) {
    return { hint: 'в данных для шаблонов нет такого поля; поля описаны в docs/markup.md' };
  }
  if (message.includes('knownHelpersOnly')) {
    return { hint: 'доступны только хелперы rich, eq, ne, not, and, or, some, join, pageOf и встроенные if, unless, each, with, lookup' };
  }
  if (message.includes('could not be found')) return { hint: 'частичные шаблоны лежат в папке partials/ под своим именем' };
  if (message.includes("Expecting 'OPEN_INVERSE_CHAIN'")) return { hint: 'похоже, блок {{#…}} не закрыт' };
  return {};
}
