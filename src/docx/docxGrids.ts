import { BorderStyle, ImageRun, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { typeset } from '../layout/typography/typeset.js';
import type { ContactView, FigureView } from '../view/types.js';
import { ACCENT, pt, tw } from './docxStyles.js';
import { plainRun, type DocxContext } from './docxText.js';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const BAR = { style: BorderStyle.SINGLE, size: 18, color: ACCENT };

/** The key figures side by side: the number big (with its qualifier), the unit, the label. */
export function keyFiguresTable(ctx: DocxContext, figures: readonly FigureView[]): Table {
  const width = Math.floor(100 / figures.length);
  const cells = figures.map(
    (f) =>
      new TableCell({
        width: { size: width, type: WidthType.PERCENTAGE },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF1F5' },
        borders: { top: NONE, bottom: NONE, right: { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' }, left: BAR },
        margins: { top: tw(5), bottom: tw(5), left: tw(8), right: tw(6) },
        children: [
          new Paragraph({
            style: 'BriefingSans',
            children: [
              ...(f.qualifier ? [plainRun(ctx, `${f.qualifier}\u00A0`, { bold: true })] : []),
              new TextRun({ text: typeset(f.value, ctx.lang), bold: true, size: pt(22), color: ACCENT }),
            ],
          }),
          ...(f.unit ? [new Paragraph({ style: 'BriefingSans', children: [plainRun(ctx, f.unit, { bold: true })] })] : []),
          new Paragraph({ style: 'BriefingSans', children: [plainRun(ctx, f.label)] }),
        ],
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ cantSplit: true, children: cells })] });
}

/** A speaker with a photo: the photo, then the name line beside it. */
export function photoRow(photo: ImageRun, line: Paragraph): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: 10, type: WidthType.PERCENTAGE }, borders: NO_CELL, children: [new Paragraph({ children: [photo] })] }),
          new TableCell({ width: { size: 90, type: WidthType.PERCENTAGE }, borders: NO_CELL, children: [line] }),
        ],
      }),
    ],
  });
}

const NO_CELL = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'B8C0C9' };

/** Contacts: label and value in two columns. */
export function twoColumnTable(ctx: DocxContext, contacts: readonly ContactView[]): Table {
  const cell = (text: string, width: number, bold: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      margins: { left: tw(5), right: tw(5) },
      children: [new Paragraph({ style: 'TableText', children: [plainRun(ctx, text, { bold })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: contacts.map((c) => new TableRow({ cantSplit: true, children: [cell(c.label, 40, false), cell(c.value, 60, true)] })),
  });
}
