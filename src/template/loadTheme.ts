import { readFileSync } from 'node:fs';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { BriefingError } from '../diagnostics/briefingError.js';
import type { Theme } from '../style/theme.js';
import { checkStyle } from './checkStyle.js';
import { isNumber, isObject } from './guards.js';

/** Reads `theme.json` and checks its shape lightly; a BriefingError names the file. */
export function loadTheme(path: string, label: string): Theme {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw themeError(label, `тема не читается как JSON: ${reason}`);
  }
  const problems = checkTheme(value);
  if (problems.length > 0) {
    throw new BriefingError(
      problems.map((message) => ({ code: 'template' as const, severity: 'error' as const, file: label, message })),
    );
  }
  const theme = value as Theme;
  return { ...theme, options: theme.options ?? {} };
}

const THEME_KEYS = ['page', 'fonts', 'styles', 'options'];
const PAGE_KEYS = ['margin', 'header', 'footer'];

/**
 * A user's theme file (`--theme`): the same shape as `theme.json`, every part
 * optional, merged over `base` — `page` by key, `fonts` by family, `styles`
 * by selector and then by property — and checked as a whole. Read on every
 * call (a few hundred bytes), so a changed file takes effect at once.
 * A BriefingError names the file, with line and column where JSON gives them.
 */
export function mergeThemeFile(base: Theme, path: string): Theme {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw themeError(path, `файл темы не читается: ${(error as Error).message}`);
  }
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0) {
    const { error, offset } = errors[0]!;
    const before = text.slice(0, offset).split('\n');
    throw new BriefingError([{
      code: 'template', severity: 'error', file: path, line: before.length, column: before.at(-1)!.length + 1,
      message: `тема не читается как JSON: ${printParseErrorCode(error)}`,
    }]);
  }
  const problems = checkOverride(value);
  if (isObject(value)) {
    const merged = mergeTheme(base, value);
    problems.push(...checkTheme(merged));
    if (problems.length === 0) return merged;
  }
  throw new BriefingError(problems.map((message) => ({ code: 'template' as const, severity: 'error' as const, file: path, message })));
}

function checkOverride(value: unknown): string[] {
  if (!isObject(value)) return ['тема должна быть объектом { page, fonts, styles } (любая часть может отсутствовать)'];
  const problems = Object.keys(value).filter((k) => !THEME_KEYS.includes(k)).map((k) => `${k}: неизвестный раздел темы (известны: ${THEME_KEYS.join(', ')})`);
  for (const [key, part] of Object.entries(value)) {
    if (THEME_KEYS.includes(key) && !isObject(part)) problems.push(`${key}: ожидался объект`);
  }
  if (isObject(value.page)) {
    for (const k of Object.keys(value.page)) if (!PAGE_KEYS.includes(k)) problems.push(`page.${k}: неизвестное поле (известны: ${PAGE_KEYS.join(', ')})`);
  }
  return problems;
}

function mergeTheme(base: Theme, over: Record<string, unknown>): Theme {
  const part = (key: string): Record<string, unknown> => (isObject(over[key]) ? over[key] : {});
  const styles: Record<string, unknown> = { ...base.styles };
  for (const [selector, props] of Object.entries(part('styles'))) {
    styles[selector] = isObject(props) && isObject(styles[selector]) ? { ...styles[selector], ...props } : props;
  }
  return {
    page: { ...base.page, ...part('page') },
    fonts: { ...base.fonts, ...part('fonts') },
    styles,
    options: { ...base.options, ...part('options') },
  } as Theme;
}

function checkTheme(value: unknown): string[] {
  if (!isObject(value)) return ['тема должна быть объектом { page, fonts, styles }'];
  const problems: string[] = [];
  const page = value.page;
  if (!isObject(page)) {
    problems.push('page: ожидался объект { margin, header, footer }');
  } else {
    const m = page.margin;
    if (!Array.isArray(m) || m.length !== 4 || !m.every(isNumber)) {
      problems.push('page.margin: ожидались четыре числа [сверху, справа, снизу, слева] в пунктах');
    }
    for (const key of ['header', 'footer'] as const) {
      if (!isNumber(page[key])) problems.push(`page.${key}: ожидалось число (пункты)`);
    }
  }
  const fonts = value.fonts;
  if (!isObject(fonts)) {
    problems.push('fonts: ожидался объект «ключ семейства → список шрифтов»');
  } else {
    for (const [key, chain] of Object.entries(fonts)) {
      if (!Array.isArray(chain) || chain.length === 0 || !chain.every((x) => typeof x === 'string')) {
        problems.push(`fonts.${key}: ожидался непустой список имён шрифтов`);
      }
    }
  }
  const options = value.options;
  if (options !== undefined) {
    if (!isObject(options)) problems.push('options: ожидался объект «имя → строка, число или true/false»');
    else {
      for (const [key, v] of Object.entries(options)) {
        if (!['string', 'number', 'boolean'].includes(typeof v)) problems.push(`options.${key}: ожидалась строка, число или true/false`);
      }
    }
  }
  const styles = value.styles;
  if (!isObject(styles)) {
    problems.push('styles: ожидался объект «селектор → свойства»');
  } else {
    for (const [selector, style] of Object.entries(styles)) {
      problems.push(...checkStyle(selector, style, isObject(fonts) ? Object.keys(fonts) : []));
    }
  }
  return problems;
}

function themeError(file: string, message: string): BriefingError {
  return new BriefingError([{ code: 'template', severity: 'error', file, message }]);
}
