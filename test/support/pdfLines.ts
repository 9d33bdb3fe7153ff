import type { ReadPdf } from './readPdf.js';

/** The text lines of every page, as a reader sees them: items on one baseline, left to right. */
export function pdfLines(pdf: ReadPdf): string[][] {
  return pdf.pages.map((page) => {
    const rows: { y: number; items: { x: number; str: string }[] }[] = [];
    for (const it of page.items) {
      if (!it.str) continue;
      const row = rows.find((r) => Math.abs(r.y - it.y) < 1);
      if (row) row.items.push({ x: it.x, str: it.str });
      else rows.push({ y: it.y, items: [{ x: it.x, str: it.str }] });
    }
    return rows
      .sort((a, b) => a.y - b.y)
      .map((r) =>
        r.items
          .sort((a, b) => a.x - b.x)
          .map((i) => i.str)
          .join('')
          .replace(/[\s\u00A0]+/g, ' ')
          .trim(),
      )
      .filter(Boolean);
  });
}
