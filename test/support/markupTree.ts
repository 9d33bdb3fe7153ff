import type { MarkupElement, MarkupNode } from '../../src/markup/types.js';

/** Every element of the tree (the root included), depth first. */
export function allElements(root: MarkupElement): MarkupElement[] {
  const out: MarkupElement[] = [root];
  for (const child of root.children) if (child.kind === 'element') out.push(...allElements(child));
  return out;
}

/** Elements named `name` (and with class `cls`, when given). */
export function findElements(root: MarkupElement, name: string, cls?: string): MarkupElement[] {
  return allElements(root).filter((e) => e.name === name && (cls === undefined || (e.attrs.class ?? '').split(/\s+/).includes(cls)));
}

/** The text of every text node under `node`, concatenated. */
export function textOf(node: MarkupNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textOf).join('');
}

/** Every text node under `root`. */
export function allTexts(root: MarkupElement): string[] {
  return root.children.flatMap((c) => (c.kind === 'text' ? [c.text] : allTexts(c)));
}
