import { BriefingError } from '../diagnostics/briefingError.js';

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
export function templateError(error: unknown, fallbackFile: string): BriefingError {
  if (error instanceof BriefingError) return error;
  const file = (error as Annotated | null)?.[TEMPLATE_FILE] ?? fallbackFile;
  const raw = error instanceof Error ? error.message : String(error);
  const line = errorLine(error, raw);
  const message = translate(cleanMessage(raw));
  return new BriefingError([
    {
      code: 'template',
      severity: 'error',
      message: `ошибка в шаблоне: ${message}`,
      file,
      ...(line !== undefined ? { line } : {}),
      ...hintFor(raw),
    },
  ]);
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
    return { hint: 'в данных для шаблонов нет такого поля; поля описаны в src/view/types.ts' };
  }
  if (message.includes('knownHelpersOnly')) {
    return { hint: 'доступны только хелперы rich, eq, ne, not, and, or, some, join, pageOf и встроенные if, unless, each, with, lookup' };
  }
  if (message.includes('could not be found')) return { hint: 'частичные шаблоны лежат в папке partials/ под своим именем' };
  if (message.includes("Expecting 'OPEN_INVERSE_CHAIN'")) return { hint: 'похоже, блок {{#…}} не закрыт' };
  return {};
}
