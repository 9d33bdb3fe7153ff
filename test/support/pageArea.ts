/** Where text sits on the page, read back with pdf.js (see readPdf). */
import type { ReadPdf } from './readPdf.js';

/**
 * Text items that reach outside the page's safe area: the page less `margin`
 * pt on every side (0: outside the page itself). Half a point of tolerance
 * for rounding; the height of an item is its font size, so descenders of a
 * line close to the bottom edge are measured generously.
 */
export function textOutside(pdf: ReadPdf, margin = 0): string[] {
  const out: string[] = [];
  pdf.pages.forEach((page, i) => {
    for (const item of page.items) {
      const inside =
        item.x >= margin - 0.5 &&
        item.x + item.width <= page.width - margin + 0.5 &&
        item.y <= page.height - margin + 0.5 &&
        item.y - item.height >= margin - 0.5;
      if (!inside) {
        out.push(`page ${i + 1}: «${item.str.slice(0, 30)}» at x ${item.x.toFixed(1)}…${(item.x + item.width).toFixed(1)}, baseline ${item.y.toFixed(1)}`);
      }
    }
  });
  return out;
}
