import type { StyledCell, StyledTable, TextStyle } from '../../style/types.js';
import type { LayoutContext } from '../context.js';
import { measurePiece } from '../inline/measurePiece.js';

/** A printed figure cut where its decimals begin: «около 12 345 678» | «,5» | « кв. м». */
interface Parts {
  fraction: string;
  /** What follows the decimals: the unit, the same in every cell for the column to align. */
  tail: string;
  style: TextStyle;
}

const SPACE = '[ \\u00A0\\u202F]';

/** The two number patterns, made once (without the g flag, `exec` keeps no state). */
const PATTERNS = { en: numberPattern(',', '\\.'), other: numberPattern(SPACE, ',') };

function numberPattern(group: string, mark: string): RegExp {
  return new RegExp(`^(\\D*?[\\u2212+-]?\\d{1,3}(?:${group}\\d{3})*|\\D*?[\\u2212+-]?\\d+)(${mark}\\d+)?(${SPACE}.*)?$`, 'u');
}

/** The number pattern of a language: groups and decimal mark (ru, kk: «1 234,5»; en: «1,234.5»). */
function figurePattern(lang: string): RegExp {
  return lang === 'en' ? PATTERNS.en : PATTERNS.other;
}

/** A body cell whose whole text is one right-aligned figure, cut into its parts; null otherwise. */
function figureParts(cell: StyledCell, pattern: RegExp): Parts | null {
  const p = cell.content;
  if (cell.header || p.style.align !== 'right') return null;
  let text = '';
  let style: TextStyle | null = null;
  for (const inline of p.inlines) {
    if (inline.kind !== 'text') return null;
    text += inline.text;
    style ??= inline.style;
  }
  const m = pattern.exec(text.trim());
  if (!m || style === null) return null;
  return { fraction: m[2] ?? '', tail: (m[3] ?? '').trim(), style };
}

/**
 * Decimals under decimals: in a column of right-aligned figures that share
 * what follows their number (the same unit, or none) but not the count of
 * decimals («46 кг», «12,5 кг»), each cell keeps room at its right for the
 * decimals it lacks, so that the decimal marks stand one under another.
 * Returns the extra right padding of every body cell, by row and column
 * (all 0 where a column does not qualify).
 */
export function decimalPads(t: StyledTable, ctx: LayoutContext): number[][] {
  const pattern = figurePattern(ctx.lang);
  const parts = t.body.map((r) => r.cells.map((c) => figureParts(c, pattern)));
  const pads = t.body.map((r) => r.cells.map(() => 0));
  const columns = Math.max(0, ...t.body.map((r) => r.cells.length));
  for (let col = 0; col < columns; col++) {
    const cells = parts.map((row) => row[col] ?? null);
    const figures = cells.filter((c): c is Parts => c !== null);
    if (figures.length < 2 || figures.length < cells.length) continue;
    if (new Set(figures.map((f) => f.tail)).size > 1) continue;
    const widths = figures.map((f) => (f.fraction ? measurePiece(ctx.metrics, f.fraction, f.style).width : 0));
    const widest = Math.max(...widths);
    if (widths.every((w) => Math.abs(w - widest) < 1e-6)) continue;
    let k = 0;
    cells.forEach((_, row) => (pads[row]![col] = widest - widths[k++]!));
  }
  return pads;
}
