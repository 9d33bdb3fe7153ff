/** Where the parts of every row of a chart go, in pt; k is pt per data unit. */
export interface RowFrame {
  /** Left edge of the chart and of the label column. */
  left: number;
  /** Width of the whole chart. */
  width: number;
  labelWidth: number;
  /** Left end of the bars (the zero line) and the width they may use. */
  areaX: number;
  area: number;
  k: number;
  /** Thickness of a bar and of a previous-period bar. */
  thickness: number;
  previousThickness: number;
  /** Vertical space between a bar and its previous-period bar. */
  barGap: number;
  /** Space between a bar's end and a label right of it. */
  labelGap: number;
  /** Space between a label inside a bar and the bar's end. */
  pad: number;
  /** Vertical space between rows. */
  rowGap: number;
  /** Indent of a label per `depth`. */
  indent: number;
}

/** White or black, whichever reads better on `fill` (`#rrggbb`). */
export function contrastText(fill: string | null): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill ?? '#ffffff');
  if (!m) return '#000000';
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? '#FFFFFF' : '#000000';
}
