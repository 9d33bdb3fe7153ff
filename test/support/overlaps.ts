import type { ReadPdf } from './readPdf.js';

/**
 * Pairs of text items drawn on top of each other, per page: their boxes
 * (from the baseline up by 0.7 × the font size, down by 0.2 ×) overlap by
 * more than a hair. Items of one line that merely touch do not count.
 */
export function overlappingText(pdf: ReadPdf): string[] {
  const found: string[] = [];
  pdf.pages.forEach((page, p) => {
    const boxes = page.items
      .filter((it) => it.str.trim() !== '' && it.width > 0)
      .map((it) => ({ str: it.str, x1: it.x, x2: it.x + it.width, y1: it.y - it.height * 0.7, y2: it.y + it.height * 0.2 }));
    boxes.sort((a, b) => a.y1 - b.y1);
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j]!;
        if (b.y1 >= a.y2) break;
        const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (dx > 0.5 && dy > 0.5) found.push(`page ${p + 1}: «${a.str}» / «${b.str}»`);
      }
    }
  });
  return found;
}
