import type { StyleProps, Theme } from './theme.js';
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
  background: null,
  bullet: '•',
  indent: 0,
  keepWithNext: false,
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

/** A block's style: inherited text properties from the parent, then its own rules. */
export function resolveBlockStyle(parent: BlockStyle, rules: readonly StyleProps[]): BlockStyle {
  const s: BlockStyle = {
    ...ROOT_STYLE,
    font: parent.font,
    bold: parent.bold,
    italic: parent.italic,
    size: parent.size,
    color: parent.color,
    lineHeight: parent.lineHeight,
    align: parent.align,
    hyphenate: parent.hyphenate,
    bullet: parent.bullet,
  };
  for (const r of rules) {
    if (r.font !== undefined) s.font = r.font;
    if (r.bold !== undefined) s.bold = r.bold;
    if (r.italic !== undefined) s.italic = r.italic;
    if (r.size !== undefined) s.size = r.size;
    if (r.color !== undefined) s.color = r.color;
    if (r.lineHeight !== undefined) s.lineHeight = r.lineHeight;
    if (r.align !== undefined) s.align = r.align;
    if (r.hyphenate !== undefined) s.hyphenate = r.hyphenate;
    if (r.marginTop !== undefined) s.marginTop = r.marginTop;
    if (r.marginBottom !== undefined) s.marginBottom = r.marginBottom;
    if (r.padding !== undefined) s.padding = typeof r.padding === 'number' ? [r.padding, r.padding, r.padding, r.padding] : r.padding;
    if (r.border !== undefined) s.border = r.border;
    if (r.borderColor !== undefined) s.borderColor = r.borderColor;
    if (r.borderLeft !== undefined) s.borderLeft = r.borderLeft;
    if (r.background !== undefined) s.background = r.background;
    if (r.bullet !== undefined) s.bullet = r.bullet;
    if (r.indent !== undefined) s.indent = r.indent;
    if (r.keepWithNext !== undefined) s.keepWithNext = r.keepWithNext;
  }
  return s;
}

/** An inline element's style: the font properties of its parent, then its own rules. */
export function resolveTextStyle(parent: TextStyle, rules: readonly StyleProps[]): TextStyle {
  const s: TextStyle = { font: parent.font, bold: parent.bold, italic: parent.italic, size: parent.size, color: parent.color };
  for (const r of rules) {
    if (r.font !== undefined) s.font = r.font;
    if (r.bold !== undefined) s.bold = r.bold;
    if (r.italic !== undefined) s.italic = r.italic;
    if (r.size !== undefined) s.size = r.size;
    if (r.color !== undefined) s.color = r.color;
  }
  return s;
}
