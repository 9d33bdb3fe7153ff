import { isNumber, isObject } from './guards.js';

type Check = (value: unknown) => boolean;

const isBool: Check = (v) => typeof v === 'boolean';
const isColor: Check = (v) => typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v);
const isPadding: Check = (v) => isNumber(v) || (Array.isArray(v) && v.length === 4 && v.every(isNumber));

/** Every style property of docs/markup.md with its check and what is expected. */
const PROPS: Record<string, [Check, string]> = {
  font: [(v) => typeof v === 'string', 'ключ семейства из fonts'],
  bold: [isBool, 'true или false'],
  italic: [isBool, 'true или false'],
  size: [isNumber, 'число (пункты)'],
  lineHeight: [isNumber, 'число (× кегль)'],
  color: [isColor, 'цвет #rrggbb'],
  align: [(v) => v === 'left' || v === 'right' || v === 'center' || v === 'justify', 'left, right, center или justify'],
  hyphenate: [isBool, 'true или false'],
  marginTop: [isNumber, 'число (пункты)'],
  marginBottom: [isNumber, 'число (пункты)'],
  padding: [isPadding, 'число или [сверху, справа, снизу, слева]'],
  border: [isNumber, 'число (пункты)'],
  borderColor: [isColor, 'цвет #rrggbb'],
  borderLeft: [isNumber, 'число (пункты)'],
  borderBottom: [isNumber, 'число (пункты)'],
  background: [isColor, 'цвет #rrggbb'],
  bullet: [(v) => typeof v === 'string', 'строка'],
  indent: [isNumber, 'число (пункты)'],
  keepWithNext: [isBool, 'true или false'],
  rise: [isNumber, 'число (пункты)'],
};

const SELECTOR = /^(?:[a-z][a-z0-9-]*|\.[A-Za-z0-9_-]+|[a-z][a-z0-9-]*\.[A-Za-z0-9_-]+)$/;

/** Problems of one `styles` entry (Russian messages, empty when fine). */
export function checkStyle(selector: string, style: unknown, families: readonly string[]): string[] {
  const where = `styles["${selector}"]`;
  const problems: string[] = [];
  if (!SELECTOR.test(selector)) problems.push(`${where}: селектор должен быть вида name, .class или name.class`);
  if (!isObject(style)) return [...problems, `${where}: ожидался объект свойств`];
  for (const [prop, value] of Object.entries(style)) {
    const rule = PROPS[prop];
    if (!rule) {
      problems.push(`${where}.${prop}: неизвестное свойство (известны: ${Object.keys(PROPS).join(', ')})`);
    } else if (!rule[0](value)) {
      problems.push(`${where}.${prop}: ожидалось ${rule[1]}`);
    } else if (prop === 'font' && !families.includes(value as string)) {
      problems.push(`${where}.font: семейство «${String(value)}» не описано в fonts (есть: ${families.join(', ')})`);
    }
  }
  return problems;
}
