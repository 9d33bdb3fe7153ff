import type { Fragment } from './fragments.js';
import { shiftItems } from './paginate/shiftItems.js';
import type { DrawItem } from './types.js';

/**
 * Fragments stacked one under another on one endless page, with no page
 * breaks (the content of a column, a table cell, a header): their items and
 * the height used. Spaces before the first leaf are dropped, as at the top of
 * a page; each group's box is drawn behind its content at its full height.
 * `breakBefore` means nothing here: there is no page to break.
 */
export function measureStack(fragments: readonly Fragment[]): { items: DrawItem[]; height: number } {
  const items: DrawItem[] = [];
  /** Where each open group's decoration goes in `items`, outermost first. */
  const open: { index: number }[] = [];
  let y = 0;
  let content = false;
  const place = (children: readonly Fragment[]): void => {
    for (const f of children) {
      if (f.kind === 'space') {
        if (content) y += f.height;
        continue;
      }
      if (f.kind === 'leaf') {
        items.push(...shiftItems(f.items, y));
        y += f.height;
        content = true;
        continue;
      }
      const o = { index: items.length };
      const top = y;
      open.push(o);
      y += f.padTop;
      place(f.children);
      y += f.padBottom;
      open.pop();
      if (f.decorate) {
        const deco = f.decorate(top, y);
        items.splice(o.index, 0, ...deco);
        // As in the paginator: an enclosing group opened at the same index now puts its box after this one's.
        for (const other of open) if (other.index >= o.index) other.index += deco.length;
      }
    }
  };
  place(fragments);
  return { items, height: y };
}
