import type { StyleProps, Theme } from '../template/theme/theme.js';
import type { BlockStyle, TextStyle } from './types.js';

export const ROOT_STYLE: BlockStyle = {
  font: 'sans',
  bold: false,
  italic: false,
  size: 10,
  color: '#111111',
  lineHeight: 1.3,
  align: 'left',
  hyphenate: false,
  marginTop: 0,
  marginBottom: 0,
  padding: [0, 0, 0, 0],
  border: 0,
  borderColor: '#000000',
  borderLeft: 0,
  borderBottom: 0,
  background: null,
  bullet: '•',
  indent: 0,
  keepWithNext: false,
  keepWithPrevious: false,
};

/** The theme rules that apply to an element, least specific first: `name`, `.class`, `name.class`. */
export function matchRules(theme: Theme, name: string, classes: readonly string[]): StyleProps[] {
  const rules: StyleProps[] = [];
  const byName = theme.styles[name];
  if (byName) rules.push(byName);
  for (const c of classes) {
    const r = theme.styles[`.${c}`];
    if (r) rules.push(r);
  }
  for (const c of classes) {
    const r = theme.styles[`${name}.${c}`];
    if (r) rules.push(r);
  }
  return rules;
}

const TEXT_KEYS = ['font', 'bold', 'italic', 'size', 'color'] as const;
const INLINE_KEYS = [...TEXT_KEYS, 'rise'] as const;
/** What a block takes from its parent block (as CSS inherits font and text properties). */
const INHERITED_KEYS = [...TEXT_KEYS, 'lineHeight', 'align', 'hyphenate', 'bullet'] as const;
const BLOCK_KEYS = [
  ...INHERITED_KEYS,
  'marginTop',
  'marginBottom',
  'padding',
  'border',
  'borderColor',
  'borderLeft',
  'borderBottom',
  'background',
  'indent',
  'keepWithNext',
  'keepWithPrevious',
] as const;

/** Copies the given properties that a rule sets onto `target`; a single padding number means all four sides. */
function assign<T extends object>(target: T, rule: StyleProps | T, keys: readonly (keyof T & keyof StyleProps)[]): void {
  for (const key of keys) {
    const value = (rule as Record<string, unknown>)[key];
    if (value === undefined) continue;
    (target as Record<string, unknown>)[key] = key === 'padding' && typeof value === 'number' ? [value, value, value, value] : value;
  }
}

/** A block's style: inherited text properties from the parent, then its own rules. */
export function resolveBlockStyle(parent: BlockStyle, rules: readonly StyleProps[]): BlockStyle {
  const s: BlockStyle = { ...ROOT_STYLE };
  assign(s, parent, INHERITED_KEYS);
  for (const r of rules) assign(s, r, BLOCK_KEYS);
  return s;
}

/** An inline element's style: the font properties of its parent, then its own rules. */
export function resolveTextStyle(parent: TextStyle, rules: readonly StyleProps[]): TextStyle {
  const s: TextStyle = { font: parent.font, bold: parent.bold, italic: parent.italic, size: parent.size, color: parent.color };
  for (const r of rules) assign(s, r, INLINE_KEYS);
  return s;
}
