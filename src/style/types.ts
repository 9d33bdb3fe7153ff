import type { Align } from '../template/theme/theme.js';
import type { SourcePos } from '../markup/types.js';

/** Font properties, inherited from block to inline content. */
export interface TextStyle {
  font: string;
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
  /** Raised above the baseline by this many pt (footnote marks); inline runs only. */
  rise?: number;
}

/** Every property resolved: no optional fields past the style stage. */
export interface BlockStyle extends TextStyle {
  lineHeight: number;
  align: Align;
  hyphenate: boolean;
  marginTop: number;
  marginBottom: number;
  padding: [number, number, number, number];
  border: number;
  borderColor: string;
  borderLeft: number;
  /** A rule under the box, pt (0: none). */
  borderBottom: number;
  background: string | null;
  bullet: string;
  indent: number;
  keepWithNext: boolean;
  /** Never start a page with this block alone: it takes the end of what precedes it along (the source line, contacts, table notes). */
  keepWithPrevious: boolean;
}

export type StyledInline =
  { kind: 'text'; text: string; style: TextStyle } | { kind: 'break' } | { kind: 'field'; field: 'page-number' | 'page-count'; style: TextStyle };

/** PDF structure role a block is tagged with. */
export type Role = 'P' | 'H1' | 'H2' | 'H3' | 'Div' | 'Sect' | 'Note' | 'Quote' | 'Figure' | 'LI';

export interface StyledParagraph {
  kind: 'paragraph';
  role: Role;
  style: BlockStyle;
  inlines: StyledInline[];
  pos: SourcePos;
}

export interface StyledContainer {
  kind: 'container';
  role: Role;
  style: BlockStyle;
  children: StyledBlock[];
  keepTogether: boolean;
  breakBefore: boolean;
  alt: string | null;
  /** `fit="shrink"`: shrink the content (down to `minScale`) until it fits a page; null when not asked. */
  fit: { minScale: number } | null;
  /** `continued`: the text appended to the first heading where the block continues on a further page. */
  continued: string | null;
  pos: SourcePos;
}

export interface StyledList {
  kind: 'list';
  style: BlockStyle;
  items: StyledParagraph[];
  pos: SourcePos;
}

/** `2*` is a share of the free width, a number is points. */
export type Width = { share: number } | { points: number };

export interface StyledRow {
  kind: 'row';
  style: BlockStyle;
  gap: number;
  columns: { width: Width; content: StyledContainer }[];
  pos: SourcePos;
}

export interface StyledCell {
  header: boolean;
  content: StyledParagraph;
}

export interface StyledTableRow {
  style: BlockStyle;
  cells: StyledCell[];
}

export interface StyledTable {
  kind: 'table';
  style: BlockStyle;
  columns: Width[];
  head: StyledTableRow[];
  body: StyledTableRow[];
  /** `continued`: a line said above the repeated header where the table goes on on a further page («Продолжение таблицы»). */
  continued?: string | null;
  /** `grid`: tables of one grid name and the same columns share their column widths. */
  grid?: string | null;
  pos: SourcePos;
}

export interface StyledImage {
  kind: 'image';
  style: BlockStyle;
  src: string;
  width: number | null;
  height: number | null;
  alt: string | null;
  pos: SourcePos;
}

/** One bar of a chart (`<bar>`), with its resolved style (fill = background, outline = border). */
export interface StyledChartBar {
  value: number;
  label: string;
  /** The text printed at the bar (its value). */
  display: string;
  depth: number;
  /** The whole this bar is a part of, drawn as an outline behind it; null when none. */
  parent: number | null;
  previous: number | null;
  previousDisplay: string | null;
  style: BlockStyle;
  /** The style of the previous-period bar (`bar.previous`). */
  previousStyle: BlockStyle;
}

export interface StyledChartTick {
  value: number;
  label: string;
}

/** `<chart>`: bars drawn from the figures; style = labels, tickStyle = axis and tick labels. */
export interface StyledChart {
  kind: 'chart';
  style: BlockStyle;
  tickStyle: BlockStyle;
  bars: StyledChartBar[];
  ticks: StyledChartTick[];
  alt: string;
  pos: SourcePos;
}

export interface StyledRule {
  kind: 'rule';
  style: BlockStyle;
  pos: SourcePos;
}

/** `<qr>`: a QR code of `value`, `size` pt square, drawn as vector squares. */
export interface StyledQr {
  kind: 'qr';
  style: BlockStyle;
  value: string;
  size: number;
  alt: string | null;
  pos: SourcePos;
}

export interface StyledSpacer {
  kind: 'spacer';
  height: number;
  pos: SourcePos;
}

export type StyledBlock =
  StyledParagraph | StyledContainer | StyledList | StyledRow | StyledTable | StyledImage | StyledChart | StyledRule | StyledQr | StyledSpacer;

export interface PageGeometry {
  width: number;
  height: number;
  margin: [number, number, number, number];
  /** Top of the header, from the top edge. */
  header: number;
  /** Top of the footer, from the bottom edge. */
  footer: number;
}

export interface StyledDocument {
  lang: string;
  page: PageGeometry;
  header: StyledBlock[];
  footer: StyledBlock[];
  body: StyledBlock[];
}
