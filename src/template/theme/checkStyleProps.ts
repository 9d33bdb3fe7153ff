import type { JSONPath } from 'jsonc-parser';
import { nearestName } from '../../diagnostics/nearestName.js';
import { isNumber, isObject } from '../guards.js';
import { ACCENT_SHADES, resolveColor } from './cssColor.js';
import type { ThemeIssue } from './readThemeJson.js';

type Check = (value: unknown) => boolean;

const isBool: Check = (v) => typeof v === 'boolean';
const isColor: Check = (v) => typeof v === 'string' && resolveColor(v, '#000000') !== undefined;
const between =
  (min: number, max: number): Check =>
  (v) =>
    isNumber(v) && v >= min && v <= max;
const isPadding: Check = (v) => between(0, 200)(v) || (Array.isArray(v) && v.length === 4 && v.every(between(0, 200)));

const COLOR = `ожидался цвет: #555, #7a1f2b, rgb(122, 31, 43), имя (red, navy) или ${Object.keys(ACCENT_SHADES).join(', ')}`;

/**
 * Every style property of docs/markup.md with its check and what is expected.
 * The ranges keep a theme from asking the layout for what it cannot do
 * (a 0 pt or 5 000 pt font, a negative padding).
 */
const PROPS: Record<string, [Check, string]> = {
  font: [(v) => typeof v === 'string', 'ожидался ключ семейства из fonts'],
  bold: [isBool, 'ожидалось true или false'],
  italic: [isBool, 'ожидалось true или false'],
  size: [between(1, 200), 'ожидалось число от 1 до 200 (пункты)'],
  lineHeight: [between(0.5, 5), 'ожидалось число от 0,5 до 5 (× кегль)'],
  color: [isColor, COLOR],
  align: [(v) => v === 'left' || v === 'right' || v === 'center' || v === 'justify', 'ожидалось left, right, center или justify'],
  hyphenate: [isBool, 'ожидалось true или false'],
  marginTop: [between(0, 400), 'ожидалось число от 0 до 400 (пункты)'],
  marginBottom: [between(0, 400), 'ожидалось число от 0 до 400 (пункты)'],
  padding: [isPadding, 'ожидалось число от 0 до 200 или [сверху, справа, снизу, слева]'],
  border: [between(0, 50), 'ожидалось число от 0 до 50 (пункты)'],
  borderColor: [isColor, COLOR],
  borderLeft: [between(0, 50), 'ожидалось число от 0 до 50 (пункты)'],
  borderBottom: [between(0, 50), 'ожидалось число от 0 до 50 (пункты)'],
  background: [isColor, COLOR],
  bullet: [(v) => typeof v === 'string' && v.length <= 8, 'ожидалась строка (до 8 знаков)'],
  indent: [between(0, 300), 'ожидалось число от 0 до 300 (пункты)'],
  keepWithNext: [isBool, 'ожидалось true или false'],
  keepWithPrevious: [isBool, 'ожидалось true или false'],
  rise: [between(-50, 50), 'ожидалось число от −50 до 50 (пункты)'],
};

/** The style properties that hold a colour (resolved to `#RRGGBB` after merging). */
export const COLOR_PROPS: readonly string[] = ['color', 'borderColor', 'background'];

const SELECTOR = /^(?:[a-z][a-z0-9-]*|\.[A-Za-z0-9_-]+|[a-z][a-z0-9-]*\.[A-Za-z0-9_-]+)$/;

/** Problems of one `styles` entry at `at` (`['styles', 'h1']`); the font family is checked after merging. */
export function checkStyleProps(at: JSONPath, selector: string, style: unknown): ThemeIssue[] {
  const issues: ThemeIssue[] = [];
  if (!SELECTOR.test(selector)) issues.push({ at, onKey: true, message: `селектор «${selector}» должен быть вида name, .class или name.class` });
  if (!isObject(style)) return [...issues, { at, message: 'ожидался объект свойств' }];
  for (const [prop, value] of Object.entries(style)) {
    const rule = PROPS[prop];
    if (!rule) {
      const near = nearestName(prop, Object.keys(PROPS));
      issues.push({
        at: [...at, prop],
        onKey: true,
        message: `неизвестное свойство «${prop}»`,
        hint: near ? `возможно, ${near}` : `известны: ${Object.keys(PROPS).join(', ')}`,
      });
    } else if (!rule[0](value)) {
      issues.push({ at: [...at, prop], message: `${rule[1]}, а не ${JSON.stringify(value)}` });
    }
  }
  return issues;
}
