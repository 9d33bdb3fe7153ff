/** A small laid-out document written by hand (two A4 pages), for render tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fontLibrary } from '../../src/assets/fontLibrary.js';
import type { DrawItem, FontFace, LaidOutDocument, StructRef, TextItem } from '../../src/layout/types.js';
import { makePng } from '../assets/makeImages.js';
import { placeText } from '../../src/layout/inline/placeText.js';

export const fonts = fontLibrary({
  sans: ['PTSans', 'NotoSans', 'DejaVuSans'],
  serif: ['PTSerif', 'NotoSans', 'DejaVuSans'],
  // Noto Sans places combining marks by GPOS (glyphs off the baseline); PT Sans composes them.
  marks: ['NotoSans'],
});

const dir = mkdtempSync(join(tmpdir(), 'briefing-render-'));
export const pngPath = join(dir, 'logo.png');
writeFileSync(pngPath, makePng(64, 32));
export const bigPngPath = join(dir, 'banner.png');
writeFileSync(bigPngPath, makePng(400, 300));
export const opaquePngPath = join(dir, 'photo.png');
writeFileSync(opaquePngPath, makePng(20, 30, false));
export const svgPath = join(dir, 'emblem.svg');
writeFileSync(
  svgPath,
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50">' +
    '<rect x="0" y="0" width="100" height="50" fill="#cc3333"/>' +
    '<circle cx="25" cy="25" r="20" fill="#ffffff"/>' +
    '<text x="50" y="30" font-family="sans-serif" font-size="12">Герб</text></svg>',
);

/** Text items for `text` from (x, baseline y), one per font run, as layout would make them. */
export function textLine(
  face: FontFace,
  text: string,
  x: number,
  y: number,
  size: number,
  struct: StructRef,
  options: { color?: string; wordSpacing?: number } = {},
): TextItem[] {
  const items: TextItem[] = [];
  let pen = x;
  for (const run of fonts.metrics.resolveRuns(face, text)) {
    const spaces = run.text.split(' ').length - 1;
    const wordSpacing = options.wordSpacing ?? 0;
    const width = fonts.metrics.measure(run.fontId, run.text) * size + spaces * wordSpacing;
    const color = options.color ?? '#000000';
    items.push(placeText(fonts.metrics, { kind: 'text', x: pen, y, fontId: run.fontId, size, color, text: run.text, wordSpacing, width, struct }));
    pen += width;
  }
  return items;
}

export const sans: FontFace = { family: 'sans', bold: false, italic: false };
export const sansBold: FontFace = { family: 'sans', bold: true, italic: false };
export const marks: FontFace = { family: 'marks', bold: false, italic: false };

export const JUSTIFIED = 'Сумма 46\u00A0кг и 1\u00A0263 случая за год';

export function sampleDocument(title = 'Брифинг: итоги & планы <2025>'): LaidOutDocument {
  const page1: DrawItem[] = [
    { kind: 'rect', x: 0, y: 0, width: 595.28, height: 40, fill: '#1f4e79', stroke: null, lineWidth: 0, struct: 'artifact' },
    ...textLine(sans, 'Департамент полиции', 56, 26, 10, 'artifact', { color: '#ffffff' }),
    ...textLine(sansBold, 'Брифинг по безопасности', 56, 100, 20, 1),
    ...textLine(sans, 'Штраф до 500 000 ₸ за нарушение', 56, 130, 11, 2),
    { kind: 'line', x1: 56, y1: 140, x2: 539.28, y2: 140, color: '#999999', width: 0.5, struct: 'artifact' },
    { kind: 'image', x: 56, y: 160, width: 80, height: 40, src: pngPath, struct: 3 },
    { kind: 'image', x: 150, y: 160, width: 20, height: 30, src: opaquePngPath, struct: 3 },
    { kind: 'rect', x: 56, y: 220, width: 100, height: 30, fill: null, stroke: '#1f4e79', lineWidth: 1, struct: 'artifact' },
    { kind: 'rect', x: 170, y: 220, width: 100, height: 30, fill: '#eeeeee', stroke: '#333333', lineWidth: 2, struct: 'artifact' },
  ];
  const page2: DrawItem[] = [
    ...textLine(sans, JUSTIFIED, 56, 80, 11, 4, { wordSpacing: 6 }),
    ...textLine(sans, 'Қазақстан Республикасы, 2025 жылғы 3 желтоқсан', 56, 100, 11, 4),
    { kind: 'image', x: 56, y: 120, width: 100, height: 50, src: svgPath, struct: 'artifact' },
    { kind: 'image', x: 200, y: 120, width: 40, height: 40, src: pngPath, struct: 3 },
    { kind: 'image', x: 260, y: 120, width: 80, height: 60, src: bigPngPath, struct: 3 },
  ];
  return {
    width: 595.28,
    height: 841.89,
    pages: [{ items: page1 }, { items: page2 }],
    structure: {
      id: 0,
      role: 'Document',
      alt: null,
      children: [
        { id: 1, role: 'H1', alt: null, children: [] },
        { id: 2, role: 'P', alt: null, children: [] },
        { id: 3, role: 'Figure', alt: 'Логотип', children: [] },
        { id: 4, role: 'P', alt: null, children: [] },
      ],
    },
    meta: {
      title,
      author: 'Департамент полиции Павлодарской области',
      subject: 'Итоги работы за 11 месяцев',
      keywords: 'брифинг, полиция, статистика',
      lang: 'ru',
      creationDate: new Date(Date.UTC(2025, 11, 3)),
    },
  };
}
