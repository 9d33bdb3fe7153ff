import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType, type ParagraphChild } from 'docx';
import type { FigureView } from '../view/types.js';
import { noteReference, plainRun, type DocxContext } from './docxText.js';
import { tw } from './docxStyles.js';

/** The figures of a statistics group or a legal change, and which columns they need. */
export interface FigureRows {
  items: FigureView[];
  hasShare: boolean;
  hasChange: boolean;
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'B8C0C9' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
/** Relative column widths: the value column wide enough for «1 245 происшествий» on one line. */
const WEIGHTS = { label: 4.2, value: 2.6, share: 1.8, change: 2.2 };

function cell(children: ParagraphChild[], options: { right?: boolean; header?: boolean; indent?: number; width: number }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'DDE3EA' } : undefined,
    margins: { left: tw(5), right: tw(5) },
    children: [
      new Paragraph({
        style: 'TableText',
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: options.indent ? { left: tw(options.indent) } : undefined,
        keepNext: options.header,
        children,
      }),
    ],
  });
}

/**
 * A Word table of figures: label (indented by depth, with its footnote),
 * value, and the share and change columns when some item has them. The
 * header row repeats on every page; figures are right-aligned.
 */
export function figureTable(ctx: DocxContext, rows: FigureRows): Table {
  const columns: (keyof typeof WEIGHTS)[] = ['label', 'value'];
  if (rows.hasShare) columns.push('share');
  if (rows.hasChange) columns.push('change');
  const total = columns.reduce((sum, c) => sum + WEIGHTS[c], 0);
  const width = (c: keyof typeof WEIGHTS): number => Math.round((WEIGHTS[c] / total) * 100);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) =>
      cell([plainRun(ctx, ctx.words[c === 'label' ? 'figure' : c] ?? '', { bold: true })], { right: c !== 'label', header: true, width: width(c) }),
    ),
  });
  const body = rows.items.map(
    (item) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c) => {
          if (c === 'label') return cell([plainRun(ctx, item.label), ...noteReference(item.noteMark)], { indent: item.depth * 12, width: width(c) });
          const text = c === 'value' ? item.display : c === 'share' ? item.share : item.change;
          return cell(text ? [plainRun(ctx, text, { bold: c === 'value' })] : [], { right: true, width: width(c) });
        }),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: BORDERS, rows: [header, ...body] });
}
