import type { MarkupElement, MarkupNode } from '../markup/types.js';
import type { StyleProps, Theme } from './theme.js';
import type {
  BlockStyle, Role, StyledBlock, StyledContainer, StyledDocument, StyledParagraph, StyledTableRow,
} from './types.js';
import { ROOT_STYLE, matchRules, resolveBlockStyle } from './resolveStyle.js';
import { styleInlines } from './styleInlines.js';
import { classesOf } from './classesOf.js';
import { parseWidth, parseWidths } from './parseWidth.js';
import { styleChart } from './styleChart.js';

const PAGE_SIZES: Record<string, [number, number]> = {
  a4: [595.28, 841.89],
  slide: [960, 540],
};

type BlockBuilder = (el: MarkupElement, style: BlockStyle, theme: Theme) => StyledBlock;

const elements = (nodes: readonly MarkupNode[]): MarkupElement[] =>
  nodes.filter((n): n is MarkupElement => n.kind === 'element');

function styleOf(el: MarkupElement, parent: BlockStyle, theme: Theme, own: StyleProps = {}): BlockStyle {
  return resolveBlockStyle(parent, [own, ...matchRules(theme, el.name, classesOf(el))]);
}

function paragraph(role: Role): BlockBuilder {
  return (el, style, theme) => ({
    kind: 'paragraph',
    role,
    style,
    inlines: styleInlines(el.children, style, theme),
    pos: el.pos,
  });
}

function container(role: Role): BlockBuilder {
  return (el, style, theme) => ({
    kind: 'container',
    role: (el.attrs['role'] as Role | undefined) ?? role,
    style,
    children: styleBlocks(el.children, style, theme),
    keepTogether: el.attrs['keep'] === 'together',
    breakBefore: el.attrs['break'] === 'before',
    alt: el.attrs['alt'] ?? null,
    fit: el.attrs['fit'] === 'shrink' ? { minScale: minScale(el.attrs['min-scale']) } : null,
    continued: el.attrs['continued'] ?? null,
    pos: el.pos,
  });
}

/** `min-scale`: 0.75 by default, read as at least 0.1 and at most 1. */
function minScale(value: string | undefined): number {
  const n = value === undefined ? 0.75 : Number(value);
  return Number.isFinite(n) ? Math.min(1, Math.max(0.1, n)) : 0.75;
}

function tableRows(section: MarkupElement | undefined, parent: BlockStyle, theme: Theme): StyledTableRow[] {
  if (!section) return [];
  return elements(section.children).map((tr) => {
    const rowStyle = styleOf(tr, styleOf(section, parent, theme), theme);
    return {
      style: rowStyle,
      cells: elements(tr.children).map((cell) => {
        const cellStyle = styleOf(cell, rowStyle, theme, cell.name === 'th' ? { bold: true } : {});
        return { header: cell.name === 'th', content: paragraph('P')(cell, cellStyle, theme) as StyledParagraph };
      }),
    };
  });
}

/** One builder per block element: the style stage's dispatch table. */
const BLOCKS: Record<string, BlockBuilder> = {
  p: paragraph('P'),
  h1: paragraph('H1'),
  h2: paragraph('H2'),
  h3: paragraph('H3'),
  block: container('Div'),
  quote: container('Quote'),
  figure: container('Figure'),
  list: (el, style, theme) => ({
    kind: 'list',
    style,
    items: elements(el.children).map((li) => paragraph('LI')(li, styleOf(li, style, theme), theme) as StyledParagraph),
    pos: el.pos,
  }),
  row: (el, style, theme) => ({
    kind: 'row',
    style,
    gap: Number(el.attrs['gap'] ?? 12) || 0,
    columns: elements(el.children).map((col) => ({
      width: parseWidth(col.attrs['width']),
      content: container('Div')(col, styleOf(col, style, theme), theme) as StyledContainer,
    })),
    pos: el.pos,
  }),
  table: (el, style, theme) => {
    const parts = elements(el.children);
    return {
      kind: 'table',
      style,
      columns: parseWidths(el.attrs['columns']),
      head: tableRows(parts.find((p) => p.name === 'thead'), style, theme),
      body: tableRows(parts.find((p) => p.name === 'tbody'), style, theme),
      continued: el.attrs['continued'] ?? null,
      pos: el.pos,
    };
  },
  image: (el, style) => ({
    kind: 'image',
    style,
    src: el.attrs['src'] ?? '',
    width: el.attrs['width'] !== undefined ? Number(el.attrs['width']) : null,
    height: el.attrs['height'] !== undefined ? Number(el.attrs['height']) : null,
    alt: el.attrs['alt'] ?? null,
    pos: el.pos,
  }),
  chart: styleChart,
  rule: (el, style) => ({ kind: 'rule', style, pos: el.pos }),
  qr: (el, style) => ({
    kind: 'qr', style, value: el.attrs['value'] ?? '', size: Number(el.attrs['size'] ?? 120) || 120, alt: el.attrs['alt'] ?? null, pos: el.pos,
  }),
  spacer: (el) => ({ kind: 'spacer', height: Number(el.attrs['height'] ?? 0) || 0, pos: el.pos }),
};

const HEADINGS = new Set(['h1', 'h2', 'h3']);

export function styleBlocks(nodes: readonly MarkupNode[], parent: BlockStyle, theme: Theme): StyledBlock[] {
  const out: StyledBlock[] = [];
  for (const el of elements(nodes)) {
    const build = BLOCKS[el.name];
    if (!build) continue; // the parser has already refused unknown elements
    const own: StyleProps = HEADINGS.has(el.name) ? { keepWithNext: true } : {};
    out.push(build(el, styleOf(el, parent, theme, own), theme));
  }
  return out;
}

/** The style stage: resolves theme tokens for every node of the markup tree. */
export function applyStyles(root: MarkupElement, theme: Theme): StyledDocument {
  const [width, height] = PAGE_SIZES[root.attrs['page'] ?? 'a4'] ?? PAGE_SIZES['a4']!;
  const rootStyle = styleOf(root, ROOT_STYLE, theme);
  const kids = elements(root.children);
  const header = kids.find((k) => k.name === 'header');
  const footer = kids.find((k) => k.name === 'footer');
  return {
    lang: root.attrs['lang'] ?? 'ru',
    page: { width, height, margin: theme.page.margin, header: theme.page.header, footer: theme.page.footer },
    header: header ? styleBlocks(header.children, styleOf(header, rootStyle, theme), theme) : [],
    footer: footer ? styleBlocks(footer.children, styleOf(footer, rootStyle, theme), theme) : [],
    body: styleBlocks(kids.filter((k) => k !== header && k !== footer), rootStyle, theme),
  };
}
