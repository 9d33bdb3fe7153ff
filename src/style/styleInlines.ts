import type { MarkupElement, MarkupNode } from '../markup/types.js';
import type { InlineName } from '../markup/vocabulary.js';
import type { StyleProps, Theme } from '../template/theme/theme.js';
import type { StyledInline, TextStyle } from './types.js';
import { matchRules, resolveTextStyle } from './resolveStyle.js';
import { classesOf } from './classesOf.js';

/** Adds the styled runs of one inline element to `out`. */
type InlineStyler = (el: MarkupElement, parent: TextStyle, theme: Theme, out: StyledInline[]) => void;

/** `b`, `i`, `span`: their content, in their own properties and then the theme's rules. */
function span(own: StyleProps): InlineStyler {
  return (el, parent, theme, out) => {
    styleInlines(el.children, resolveTextStyle(parent, [own, ...matchRules(theme, el.name, classesOf(el))]), theme, out);
  };
}

/**
 * One styler per inline element of the vocabulary (src/markup/vocabulary.ts):
 * an inline element without an entry here is a compile error.
 */
const INLINE_STYLERS: { readonly [N in InlineName]: InlineStyler } = {
  b: span({ bold: true }),
  i: span({ italic: true }),
  span: span({}),
  br: (_el, _parent, _theme, out) => {
    out.push({ kind: 'break' });
  },
  'page-number': (_el, parent, _theme, out) => {
    out.push({ kind: 'field', field: 'page-number', style: parent });
  },
  'page-count': (_el, parent, _theme, out) => {
    out.push({ kind: 'field', field: 'page-count', style: parent });
  },
};

const isInlineName = (name: string): name is InlineName => Object.hasOwn(INLINE_STYLERS, name);

/** Flattens inline markup into styled runs; `b`/`i` set bold/italic, then theme rules apply. */
export function styleInlines(nodes: readonly MarkupNode[], parent: TextStyle, theme: Theme, out: StyledInline[] = []): StyledInline[] {
  for (const node of nodes) {
    if (node.kind === 'text') out.push({ kind: 'text', text: node.text, style: parent });
    // The parser refuses anything but inline elements in inline content; were one to pass, its text is kept as a span's.
    else (isInlineName(node.name) ? INLINE_STYLERS[node.name] : INLINE_STYLERS.span)(node, parent, theme, out);
  }
  return out;
}
