import type { MarkupNode } from '../markup/types.js';
import type { Theme } from './theme.js';
import type { StyledInline, TextStyle } from './types.js';
import { matchRules, resolveTextStyle } from './resolveStyle.js';
import { classesOf } from './classesOf.js';

const INLINE_OWN: Record<string, { bold?: boolean; italic?: boolean }> = {
  b: { bold: true },
  i: { italic: true },
  span: {},
};

/** Flattens inline markup into styled runs; `b`/`i` set bold/italic, then theme rules apply. */
export function styleInlines(nodes: readonly MarkupNode[], parent: TextStyle, theme: Theme, out: StyledInline[] = []): StyledInline[] {
  for (const node of nodes) {
    if (node.kind === 'text') {
      out.push({ kind: 'text', text: node.text, style: parent });
      continue;
    }
    if (node.name === 'br') {
      out.push({ kind: 'break' });
      continue;
    }
    if (node.name === 'page-number' || node.name === 'page-count') {
      out.push({ kind: 'field', field: node.name, style: parent });
      continue;
    }
    const own = INLINE_OWN[node.name] ?? {};
    const rules = [own, ...matchRules(theme, node.name, classesOf(node))];
    styleInlines(node.children, resolveTextStyle(parent, rules), theme, out);
  }
  return out;
}
