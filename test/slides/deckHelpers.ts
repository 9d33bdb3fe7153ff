import type { ReadPdf } from '../support/readPdf.js';

/** Every kind of space made one plain space. */
export const norm = (s: string): string => s.replace(/[\s\u00A0\u202F]+/g, ' ').trim();

/** The text of one page, spaces made plain, words divided at line ends joined back. */
export const pageText = (pdf: ReadPdf, i: number): string => norm(pdf.pages[i]!.text).replace(/(\p{L})- (\p{Ll})/gu, '$1$2');

/** The text of the whole deck. */
export const deckText = (pdf: ReadPdf): string => pdf.pages.map((_, i) => pageText(pdf, i)).join(' \n ');

/** The first text line of a slide (its title). */
export const firstLine = (pdf: ReadPdf, i: number): string => norm(pdf.pages[i]!.text.split('\n').find((l) => l.trim() !== '') ?? '');

/** The structure nodes of a page with the given role. */
export function nodesOf(node: { role?: string; alt?: string; children?: unknown[] } | null, role: string): { alt?: string }[] {
  if (!node) return [];
  const here = node.role === role ? [node] : [];
  return [...here, ...(node.children ?? []).flatMap((c) => nodesOf(c as typeof node, role))];
}

/** Every text item within 14 pt of the page's edges; none below 18 pt. */
export function checkPages(
  pdf: ReadPdf,
  expect: (
    v: unknown,
    m?: string,
  ) => { toBeGreaterThanOrEqual(n: number): void; toBeLessThanOrEqual(n: number): void; toBeCloseTo(n: number, d?: number): void },
): void {
  pdf.pages.forEach((p, n) => {
    expect(p.width).toBeCloseTo(960, 1);
    expect(p.height).toBeCloseTo(540, 1);
    for (const it of p.items) {
      if (!it.str.trim()) continue;
      const where = `slide ${n + 1}: «${it.str}»`;
      expect(it.height, where).toBeGreaterThanOrEqual(18 - 0.01);
      expect(it.x, where).toBeGreaterThanOrEqual(14);
      expect(it.x + it.width, where).toBeLessThanOrEqual(p.width - 14 + 0.01);
      expect(it.y - it.height * 0.8, where).toBeGreaterThanOrEqual(14);
      expect(it.y + it.height * 0.25, where).toBeLessThanOrEqual(p.height - 14);
    }
  });
}
