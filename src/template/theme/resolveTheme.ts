import type { JSONPath } from 'jsonc-parser';
import { BriefingError } from '../../diagnostics/briefingError.js';
import type { Problem } from '../../diagnostics/problem.js';
import type { StyleProps, Theme } from './theme.js';
import { isNumber, isObject } from '../guards.js';
import { COLOR_PROPS } from './checkStyleProps.js';
import { parseCssColor, resolveColor } from './cssColor.js';
import { logoPath } from './checkThemeLayer.js';
import { hasValueAt, themeProblem, type ThemeIssue, type ThemeSource } from './readThemeJson.js';

/** One part of a theme file: its shared part (`at` = []) or a format's section (`['slides']`). */
export interface ThemeLayer {
  source: ThemeSource;
  at: JSONPath;
}

/** The accent of a theme that names none (the built-in navy). */
export const DEFAULT_ACCENT = '#1F3A5F';

/** Page sizes of the formats, pt, to check that a theme leaves room for the content. */
const PAGE_SIZES: Record<string, [number, number]> = { handout: [595.28, 841.89], slides: [960, 540] };
/** Least height and width a theme must leave for the body, pt. */
const MIN_BODY = 144;

/**
 * Merges theme layers in order (the templates' theme.json, then a user's
 * theme file: its shared part, then its section for `format`) — `page` by key,
 * `fonts` by family, `styles` by selector and then by property, `options` by
 * key, `accent` and `logo` replaced — checks the result as a whole, and
 * resolves every colour to `#RRGGBB` (the accent shades from the final
 * `accent`). A BriefingError (code `theme`) names the file, line and column
 * of the value that is wrong.
 */
export function resolveTheme(layers: readonly ThemeLayer[], format: string): Theme {
  const merged = {
    page: {} as Record<string, unknown>,
    fonts: {} as Record<string, unknown>,
    styles: {} as Record<string, Record<string, unknown>>,
    options: {} as Record<string, unknown>,
  };
  let accent = DEFAULT_ACCENT;
  let logo: string | undefined;
  for (const layer of layers) {
    const part = valueAt(layer.source.value, layer.at);
    if (!isObject(part)) continue;
    if (typeof part.accent === 'string') accent = parseCssColor(part.accent) ?? accent;
    if (typeof part.logo === 'string') logo = logoPath(layer.source, part.logo);
    if (isObject(part.page)) Object.assign(merged.page, part.page);
    if (isObject(part.fonts)) Object.assign(merged.fonts, part.fonts);
    if (isObject(part.options)) Object.assign(merged.options, part.options);
    if (isObject(part.styles)) {
      for (const [selector, props] of Object.entries(part.styles)) {
        if (isObject(props)) merged.styles[selector] = { ...merged.styles[selector], ...props };
      }
    }
  }
  const problems = checkMerged(merged, format, (issue) => blame(layers, issue));
  if (problems.length > 0) throw new BriefingError(problems);

  const styles: Record<string, StyleProps> = {};
  for (const [selector, props] of Object.entries(merged.styles)) {
    const resolved: Record<string, unknown> = { ...props };
    for (const prop of COLOR_PROPS) {
      if (typeof resolved[prop] === 'string') resolved[prop] = resolveColor(resolved[prop] as string, accent);
    }
    styles[selector] = resolved as StyleProps;
  }
  return {
    page: merged.page as Theme['page'],
    fonts: merged.fonts as Theme['fonts'],
    styles,
    options: merged.options as NonNullable<Theme['options']>,
    accent,
    ...(logo ? { logo } : {}),
  };
}

function checkMerged(
  merged: { page: Record<string, unknown>; fonts: Record<string, unknown>; styles: Record<string, Record<string, unknown>> },
  format: string,
  problem: (issue: ThemeIssue) => Problem,
): Problem[] {
  const problems: Problem[] = [];
  const { margin, header, footer } = merged.page;
  if (!Array.isArray(margin))
    problems.push(problem({ at: ['page', 'margin'], message: 'не хватает page.margin: четыре числа [сверху, справа, снизу, слева] в пунктах' }));
  for (const [key, value] of [
    ['header', header],
    ['footer', footer],
  ] as const) {
    if (!isNumber(value)) problems.push(problem({ at: ['page', key], message: `не хватает page.${key}: число (пункты)` }));
  }
  const families = Object.keys(merged.fonts);
  if (families.length === 0) problems.push(problem({ at: ['fonts'], message: 'не описано ни одного семейства шрифтов (fonts)' }));
  for (const [selector, props] of Object.entries(merged.styles)) {
    const font = props.font;
    if (typeof font === 'string' && !families.includes(font)) {
      problems.push(problem({ at: ['styles', selector, 'font'], message: `семейство «${font}» не описано в fonts`, hint: `есть: ${families.join(', ')}` }));
    }
  }
  if (problems.length > 0 || !Array.isArray(margin)) return problems;

  const [width, height] = PAGE_SIZES[format] ?? PAGE_SIZES['handout']!;
  const [top, right, bottom, left] = margin as number[];
  const pt = (n: number): string => `${Math.round(n)} пт`;
  if (top! + bottom! > height - MIN_BODY) {
    problems.push(
      problem({
        at: ['page', 'margin'],
        message: `поля сверху и снизу (${pt(top! + bottom!)}) не оставляют места для текста: страница ${format} высотой ${pt(height)}, на текст нужно не меньше ${pt(MIN_BODY)}`,
      }),
    );
  }
  if (left! + right! > width - MIN_BODY) {
    problems.push(
      problem({
        at: ['page', 'margin'],
        message: `поля слева и справа (${pt(left! + right!)}) не оставляют места для текста: страница ${format} шириной ${pt(width)}, на текст нужно не меньше ${pt(MIN_BODY)}`,
      }),
    );
  }
  for (const [key, value, where] of [
    ['header', header, 'верхнего'],
    ['footer', footer, 'нижнего'],
  ] as const) {
    if ((value as number) > height / 2 - MIN_BODY / 2) {
      problems.push(
        problem({
          at: ['page', key],
          message: `колонтитул в ${pt(value as number)} от ${where} края не помещается на страницу ${format} высотой ${pt(height)}`,
          hint: `колонтитул стоит в поле: обычно 20–40 пт, не больше ${pt(height / 2 - MIN_BODY / 2)}`,
        }),
      );
    }
  }
  return problems;
}

/** The problem at the layer that wrote the value last (the user's section before the shared part before the templates'). */
function blame(layers: readonly ThemeLayer[], issue: ThemeIssue): Problem {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    if (hasValueAt(layer.source, [...layer.at, ...issue.at])) return themeProblem(layer.source, { ...issue, at: [...layer.at, ...issue.at] });
  }
  const last = layers[layers.length - 1]!;
  return themeProblem(last.source, { ...issue, at: [...last.at, ...issue.at] });
}

function valueAt(value: unknown, at: JSONPath): unknown {
  let v = value;
  for (const key of at) v = isObject(v) ? v[key as string] : undefined;
  return v;
}
