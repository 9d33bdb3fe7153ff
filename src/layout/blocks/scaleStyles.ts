import type {
  BlockStyle, StyledBlock, StyledContainer, StyledInline, StyledParagraph, StyledTableRow, TextStyle, Width,
} from '../../style/types.js';

/**
 * A copy of a styled block with its type and spacing scaled by `factor`:
 * font sizes, margins, paddings, indents, gaps, spacer heights and the sizes
 * given to images. Line heights (a factor), border widths and headings
 * (h1–h3) stay. The input is not changed.
 */
export function scaleStyles<B extends StyledBlock>(block: B, factor: number): B {
  if (factor === 1) return block;
  const scale = SCALERS[block.kind] as (b: StyledBlock, f: number) => StyledBlock;
  return scale(block, factor) as B;
}

function text<S extends TextStyle>(s: S, f: number): S {
  return { ...s, size: s.size * f };
}

function style(s: BlockStyle, f: number): BlockStyle {
  return {
    ...text(s, f),
    marginTop: s.marginTop * f,
    marginBottom: s.marginBottom * f,
    padding: s.padding.map((p) => p * f) as [number, number, number, number],
    indent: s.indent * f,
  };
}

function inline(i: StyledInline, f: number): StyledInline {
  return i.kind === 'break' ? i : { ...i, style: text(i.style, f) };
}

/** Headings keep their size: a slide's title is the same size on every slide, only its body shrinks. */
const HEADINGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3']);

function paragraph(p: StyledParagraph, f: number): StyledParagraph {
  if (HEADINGS.has(p.role)) return p;
  return { ...p, style: style(p.style, f), inlines: p.inlines.map((i) => inline(i, f)) };
}

function container(c: StyledContainer, f: number): StyledContainer {
  return { ...c, style: style(c.style, f), children: c.children.map((b) => scaleStyles(b, f)) };
}

function width(w: Width, f: number): Width {
  return 'points' in w ? { points: w.points * f } : w;
}

function tableRow(r: StyledTableRow, f: number): StyledTableRow {
  return { style: style(r.style, f), cells: r.cells.map((c) => ({ header: c.header, content: paragraph(c.content, f) })) };
}

const SCALERS: { [K in StyledBlock['kind']]: (b: Extract<StyledBlock, { kind: K }>, f: number) => Extract<StyledBlock, { kind: K }> } = {
  paragraph,
  container,
  list: (l, f) => ({ ...l, style: style(l.style, f), items: l.items.map((i) => paragraph(i, f)) }),
  row: (r, f) => ({
    ...r, style: style(r.style, f), gap: r.gap * f,
    columns: r.columns.map((c) => ({ width: width(c.width, f), content: container(c.content, f) })),
  }),
  table: (t, f) => ({
    ...t, style: style(t.style, f), columns: t.columns.map((w) => width(w, f)),
    head: t.head.map((r) => tableRow(r, f)), body: t.body.map((r) => tableRow(r, f)),
  }),
  image: (i, f) => ({
    ...i, style: style(i.style, f),
    width: i.width === null ? null : i.width * f,
    height: i.height === null ? null : i.height * f,
  }),
  chart: (c, f) => ({
    ...c, style: style(c.style, f), tickStyle: style(c.tickStyle, f),
    bars: c.bars.map((b) => ({ ...b, style: style(b.style, f), previousStyle: style(b.previousStyle, f) })),
  }),
  rule: (r, f) => ({ ...r, style: style(r.style, f) }),
  qr: (q) => q, // a code stays large enough to scan
  spacer: (s, f) => ({ ...s, height: s.height * f }),
};
