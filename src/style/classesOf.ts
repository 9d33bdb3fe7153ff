import type { MarkupElement } from '../markup/types.js';

export function classesOf(el: MarkupElement): string[] {
  const c = el.attrs['class'];
  return c ? c.split(/\s+/).filter(Boolean) : [];
}
