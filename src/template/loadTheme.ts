import { readFileSync } from 'node:fs';
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
  return value as Theme;
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
