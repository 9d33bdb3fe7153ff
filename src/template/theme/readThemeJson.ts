import { findNodeAtLocation, parse, parseTree, ParseErrorCode, type JSONPath, type Node, type ParseError } from 'jsonc-parser';
import { BriefingError } from '../../diagnostics/briefingError.js';
import { readTextFileSync } from '../../diagnostics/readRegularFile.js';
import type { Problem } from '../../diagnostics/problem.js';

/** Limits on a theme file: a theme is a few kilobytes; anything far past that is a mistake. */
export const THEME_LIMITS = {
  /** Largest theme file read, bytes. */
  bytes: 256 * 1024,
  /** Deepest nesting of objects and lists (the built-in themes use 5). */
  depth: 8,
} as const;

/** A theme file read with positions, to put a line and column on every problem. */
export interface ThemeSource {
  /** How messages name the file. */
  file: string;
  /** The absolute path (relative paths inside, `logo`, are read from its folder). */
  path: string;
  text: string;
  value: unknown;
  tree: Node | undefined;
}

/** A problem of a theme: what is wrong and where, as a JSON path inside the file. */
export interface ThemeIssue {
  at: JSONPath;
  message: string;
  hint?: string;
  /** Point at the key, not at its value (an unknown key). */
  onKey?: boolean;
}

const PARSE_MESSAGES: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'недопустимый символ',
  [ParseErrorCode.InvalidNumberFormat]: 'неверная запись числа',
  [ParseErrorCode.PropertyNameExpected]: 'ожидалось имя поля в двойных кавычках',
  [ParseErrorCode.ValueExpected]: 'ожидалось значение',
  [ParseErrorCode.ColonExpected]: 'ожидалось двоеточие после имени поля',
  [ParseErrorCode.CommaExpected]: 'ожидалась запятая',
  [ParseErrorCode.CloseBraceExpected]: 'ожидалась закрывающая скобка }',
  [ParseErrorCode.CloseBracketExpected]: 'ожидалась закрывающая скобка ]',
  [ParseErrorCode.EndOfFileExpected]: 'лишний текст после конца темы',
  [ParseErrorCode.InvalidCommentToken]: 'комментарии в JSON не допускаются',
  [ParseErrorCode.UnexpectedEndOfComment]: 'комментарий не закрыт',
  [ParseErrorCode.UnexpectedEndOfString]: 'строка не закрыта кавычкой',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'число оборвано',
  [ParseErrorCode.InvalidUnicode]: 'неверная запись \\u-символа',
  [ParseErrorCode.InvalidEscapeCharacter]: 'неверная escape-последовательность после \\',
  [ParseErrorCode.InvalidCharacter]: 'недопустимый символ в строке',
};

/** Reads a theme file as JSON with positions; a BriefingError (code `theme`) names file, line and column. */
export function readThemeJson(path: string, file: string): ThemeSource {
  // A FIFO, a device or a folder is refused without being opened; a large file unread.
  const read = readTextFileSync(path, THEME_LIMITS.bytes);
  if ('refusal' in read) {
    throw themeFailure(file, read.tooBig ? `файл темы слишком велик: больше ${THEME_LIMITS.bytes / 1024} КБ` : `файл темы не читается: ${read.refusal}`);
  }
  const text = read.text;
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  const source: ThemeSource = { file, path, text, value, tree: undefined };
  if (errors.length > 0) {
    const { error, offset, length } = errors[0]!;
    const found = text.slice(offset, offset + Math.max(length, 1)).replace(/\s+/g, ' ');
    const shown = offset >= text.length ? 'найден конец файла' : `найдено «${found.slice(0, 20)}»`;
    const unquoted = error === ParseErrorCode.InvalidSymbol && /^\p{L}/u.test(found);
    const what = unquoted ? 'имя поля или строка без двойных кавычек' : (PARSE_MESSAGES[error] ?? 'ошибка синтаксиса');
    throw new BriefingError([problemAt(source, offset, `тема не читается как JSON: ${what}, ${shown}`, parseHint(text, offset, error))]);
  }
  source.tree = parseTree(text, [], { allowTrailingComma: false, disallowComments: true });
  const deep = deepestPath(value, []);
  if (deep) {
    throw new BriefingError([themeProblem(source, { at: deep, message: `тема вложена глубже ${THEME_LIMITS.depth} уровней` })]);
  }
  return source;
}

function parseHint(text: string, offset: number, error: ParseErrorCode): string | undefined {
  const before = text.slice(0, offset).trimEnd();
  if ((error === ParseErrorCode.PropertyNameExpected || error === ParseErrorCode.ValueExpected) && before.endsWith(',')) {
    return 'после последнего элемента запятая не ставится';
  }
  if (error === ParseErrorCode.PropertyNameExpected || error === ParseErrorCode.InvalidSymbol) {
    return 'в JSON имена полей и строки пишутся в двойных кавычках: "size": 12';
  }
  return undefined;
}

/** The path of the first value nested deeper than the limit, or undefined. */
function deepestPath(value: unknown, at: JSONPath): JSONPath | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (at.length >= THEME_LIMITS.depth) return at;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const found = deepestPath(child, [...at, key]);
    if (found) return found;
  }
  return undefined;
}

/** An issue as a problem of the file: line and column of the value (or key), the path as text. */
export function themeProblem(source: ThemeSource, issue: ThemeIssue): Problem {
  let node = source.tree ? findNodeAtLocation(source.tree, issue.at) : undefined;
  let at = issue.at;
  while (!node && at.length > 0 && source.tree) {
    at = at.slice(0, -1);
    node = at.length === 0 ? source.tree : findNodeAtLocation(source.tree, at);
  }
  const target = issue.onKey && node?.parent?.type === 'property' ? node.parent.children?.[0] : node;
  const problem = problemAt(source, target?.offset, issue.message, issue.hint);
  return issue.at.length > 0 ? { ...problem, path: formatJsonPath(issue.at) } : problem;
}

function problemAt(source: ThemeSource, offset: number | undefined, message: string, hint?: string): Problem {
  const problem: Problem = { code: 'theme', severity: 'error', file: source.file, message, ...(hint ? { hint } : {}) };
  if (offset === undefined) return problem;
  const lines = source.text.slice(0, offset).split('\n');
  return { ...problem, line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** `['styles', '.mark', 'size']` → `styles[".mark"].size`. */
export function formatJsonPath(path: JSONPath): string {
  let out = '';
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** Whether `path` is written in this file. */
export function hasValueAt(source: ThemeSource, path: JSONPath): boolean {
  return source.tree !== undefined && findNodeAtLocation(source.tree, path) !== undefined;
}

function themeFailure(file: string, message: string): BriefingError {
  return new BriefingError([{ code: 'theme', severity: 'error', file, message }]);
}
