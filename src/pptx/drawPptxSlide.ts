import type { Pptx, Slide as PptxSlide } from './pptxgen.js';
import { imageLibrary } from '../assets/imageLibrary.js';
import type { ContactsSlide, LegalSlide, QuoteSlide, Slide, StatisticsSlide, TextSlide, TitleSlide, FiguresSlide, ListSlide } from '../slides/types.js';
import type { BriefingView, FigureView } from '../view/types.js';
import { drawChart } from './drawPptxChart.js';
import { figureNote, inch, line, LOOK, paragraphRuns, valueRuns, type Run } from './pptxText.js';

export interface DrawCtx {
  pptx: Pptx;
  slide: PptxSlide;
  view: BriefingView;
}

const box = (x: number, y: number, w: number, h: number) => ({ x: inch(x), y: inch(y), w: inch(w), h: inch(h) });
const base = { fontFace: LOOK.font, color: LOOK.ink, margin: 0, valign: 'top' as const };

/** About how many lines a bold text of `size` takes in `width` (an average letter is ~0.6 em in PT Sans, more in a wider substitute such as DejaVu Sans). */
function linesOf(text: string, size: number, width: number): number {
  return Math.max(1, Math.ceil((text.length * size * 0.68) / width));
}

/** The slide's title, one size on every slide; returns the y where the body starts. */
function title(c: DrawCtx, s: Slide): number {
  const text = s.continued ? `${s.title} ${c.view.words['continued'] ?? ''}` : s.title;
  const h = linesOf(text, LOOK.titleSize, LOOK.width) * LOOK.titleSize * 1.15 + 8;
  c.slide.addText(text, { ...base, ...box(LOOK.left, LOOK.top, LOOK.width, h), fontSize: LOOK.titleSize, bold: true, color: LOOK.accent, fit: 'none' });
  return LOOK.top + h + 14;
}

/** An image fitted into a box, keeping its proportions. */
function image(c: DrawCtx, path: string, x: number, y: number, maxW: number, maxH: number): number {
  const size = imageLibrary().size(path);
  const k = Math.min(maxW / size.width, maxH / size.height);
  const w = size.width * k;
  c.slide.addImage({ path, ...box(x, y, w, size.height * k) });
  return w;
}

/** The footnotes of the marks on this slide, at its foot. */
function notes(c: DrawCtx, s: Slide): void {
  if (s.notes.length === 0) return;
  const runs = s.notes.map((n) => line(`${n.mark} ${n.text}`));
  const h = 26 * s.notes.length;
  c.slide.addText(runs, { ...base, ...box(LOOK.left, LOOK.bodyBottom - h, LOOK.width, h), fontSize: LOOK.smallSize, color: LOOK.muted, valign: 'bottom' });
}

/** Figures as rows: the value big on the left, the label on the right; a table when more than four. */
function figures(c: DrawCtx, list: readonly FigureView[], top: number, size = 40): number {
  if (list.length > 4) {
    const rows = list.map((f) => [
      {
        text: `${f.label}${f.noteMark ? ` ${f.noteMark}` : ''}`,
        options: { fontSize: 20, margin: [0.04, 0.1, 0.04, 0.1 + 0.3 * f.depth] as [number, number, number, number] },
      },
      { text: f.display, options: { fontSize: 20, bold: true, color: LOOK.accent, align: 'right' as const } },
    ]);
    c.slide.addTable(rows, {
      x: inch(LOOK.left),
      y: inch(top),
      w: inch(LOOK.width),
      colW: [inch(600), inch(248)],
      fontFace: LOOK.font,
      color: LOOK.ink,
      border: { type: 'solid', pt: 0.75, color: 'B8C0C9' },
      rowH: inch(36),
    });
    return top + list.length * 38;
  }
  let y = top;
  for (const f of list) {
    c.slide.addText(valueRuns(f, size), { ...base, ...box(LOOK.left, y, 380, 64), bold: true, color: LOOK.accent, align: 'right' });
    const label: Run[] = [{ text: f.label, options: { fontSize: 22 } }];
    if (f.noteMark) label.push({ text: f.noteMark, options: { fontSize: 16, superscript: true, bold: true, color: LOOK.accent } });
    const extra = [f.share, f.change].filter((x) => x !== null).join(' · ');
    if (extra) label.push({ text: '', options: { breakLine: true } }, { text: extra, options: { fontSize: 20, color: LOOK.muted } });
    c.slide.addText(label, { ...base, ...box(LOOK.left + 410, y + 4, LOOK.width - 410, 72), valign: 'top' });
    y += 84;
  }
  return y;
}

function more(c: DrawCtx, text: string | null, y: number): void {
  if (text !== null) c.slide.addText(text, { ...base, ...box(LOOK.left, y, LOOK.width, 30), fontSize: 20, italic: true, color: LOOK.muted });
}

const DRAW: { [K in Slide['kind']]: (c: DrawCtx, s: Extract<Slide, { kind: K }>) => void } = {
  title(c, s: TitleSlide) {
    let y = 60;
    if (s.logo) {
      image(c, s.logo, LOOK.left + 30, y, 300, 110);
      y += 130;
    }
    c.slide.addShape(c.pptx.ShapeType.rect, { ...box(LOOK.left, 56, 10, 400), fill: { color: LOOK.accent }, line: { color: LOOK.accent, width: 0 } });
    const runs: Run[] = [line(s.title, { fontSize: 44, bold: true, color: LOOK.accent, paraSpaceAfter: 12 })];
    if (s.subtitle) runs.push(line(s.subtitle, { fontSize: 30, color: '3A3A3A', paraSpaceAfter: 12 }));
    runs.push(line(s.meta, { fontSize: 24, color: LOOK.muted, paraSpaceAfter: 14 }));
    for (const sp of s.speakers)
      runs.push({ text: sp.name, options: { bold: true, fontSize: 24 } }, line(sp.position ? `, ${sp.position}` : '', { fontSize: 24, paraSpaceAfter: 6 }));
    if (s.speakerNames) runs.push(line(s.speakerNames, { fontSize: 24 }));
    c.slide.addText(runs, { ...base, ...box(LOOK.left + 30, y, LOOK.width - 30, 456 - y) });
  },
  keyFigures(c, s: FiguresSlide) {
    figures(c, s.figures, title(c, s), 44);
    notes(c, s);
  },
  text(c, s: TextSlide) {
    const top = title(c, s);
    const runs: Run[] = [];
    if (s.paragraph) runs.push(...paragraphRuns(s.paragraph, { fontSize: 24, paraSpaceAfter: 14 }));
    for (const p of s.points) runs.push(line(p, { fontSize: 24, bullet: true, paraSpaceAfter: 10 }));
    for (const d of s.digest) runs.push(line(d.title, { fontSize: 26, bold: true, color: LOOK.accent }), line(d.text, { fontSize: 24, paraSpaceAfter: 12 }));
    if (runs.length > 0) c.slide.addText(runs, { ...base, ...box(LOOK.left, top, LOOK.width, LOOK.bodyBottom - top), fit: 'shrink' });
  },
  statistics(c, s: StatisticsSlide) {
    let y = title(c, s);
    if (s.period) {
      c.slide.addText(s.period, { ...base, ...box(LOOK.left, y - 8, LOOK.width, 30), fontSize: 22, italic: true, color: LOOK.muted });
      y += 32;
    }
    if (s.big) {
      const f = s.big;
      c.slide.addText(valueRuns(f, 88), { ...base, ...box(LOOK.left, y + 10, LOOK.width, 110), bold: true, color: LOOK.accent, fit: 'shrink' });
      const label: Run[] = [{ text: f.label, options: { fontSize: 28 } }];
      if (f.noteMark) label.push({ text: f.noteMark, options: { fontSize: 18, superscript: true, bold: true, color: LOOK.accent } });
      c.slide.addText(label, { ...base, ...box(LOOK.left, y + 130, LOOK.width, 80) });
      y += 240;
    }
    const bottom = LOOK.bodyBottom - 26 * s.notes.length - (s.more ? 32 : 0) - (s.figures.length > 0 ? Math.min(4, s.figures.length) * 84 : 0);
    if (s.chart) y = drawChart(c, s.chart, s.title, y, bottom);
    y = figures(c, s.figures, y);
    more(c, s.more, y);
    notes(c, s);
  },
  legal(c, s: LegalSlide) {
    let y = title(c, s);
    c.slide.addText(s.reference, { ...base, ...box(LOOK.left, y - 6, LOOK.width, 30), fontSize: 22, bold: true, color: LOOK.accent });
    y += 30;
    if (s.paragraph) {
      const h = s.figures.length > 0 ? 110 : 300;
      c.slide.addText(paragraphRuns(s.paragraph, { fontSize: 24 }), { ...base, ...box(LOOK.left, y, LOOK.width, h) });
      y += h + 10;
    }
    y = figures(c, s.figures, y, 36);
    more(c, s.more, y);
    notes(c, s);
  },
  results(c, s: ListSlide) {
    const top = title(c, s);
    c.slide.addText(
      s.items.map((i) => line(i, { bullet: true, fontSize: 26, paraSpaceAfter: 12 })),
      { ...base, ...box(LOOK.left, top, LOOK.width, LOOK.bodyBottom - top) },
    );
  },
  quote(c, s: QuoteSlide) {
    const top = title(c, s);
    let x = LOOK.left;
    if (s.photo) x += image(c, s.photo, LOOK.left, top, 170, 240) + 32;
    const runs: Run[] = s.paragraphs.flatMap((p) => paragraphRuns(p, { fontSize: 26, italic: true, fontFace: LOOK.serif, paraSpaceAfter: 12 }));
    if (s.speaker) runs.push(line(`— ${s.speaker}${s.position ? `, ${s.position}` : ''}`, { fontSize: 24, color: LOOK.muted }));
    c.slide.addShape(c.pptx.ShapeType.rect, { ...box(x, top, 6, 300), fill: { color: '7F8C9A' }, line: { color: '7F8C9A', width: 0 } });
    c.slide.addText(runs, { ...base, ...box(x + 28, top, LOOK.left + LOOK.width - x - 28, LOOK.bodyBottom - top), fit: 'shrink' });
  },
  contacts(c, s: ContactsSlide) {
    const top = title(c, s);
    const w = s.qr ? LOOK.width - 232 : LOOK.width;
    const rows = s.contacts.map((k) => [
      { text: k.label, options: { fontSize: 26, color: '3A3A3A' } },
      { text: k.value, options: { fontSize: 26, bold: true, color: LOOK.accent } },
    ]);
    c.slide.addTable(rows, { x: inch(LOOK.left), y: inch(top), w: inch(w), colW: [inch(w / 2), inch(w / 2)], fontFace: LOOK.font, border: { type: 'none' } });
    if (s.qr) {
      const size = 190;
      const cell = size / s.qr.size;
      const x0 = LOOK.left + LOOK.width - size;
      for (const [r, col, len] of s.qr.runs) {
        c.slide.addShape(c.pptx.ShapeType.rect, {
          ...box(x0 + col * cell, top + r * cell, len * cell, cell),
          fill: { color: '000000' },
          line: { color: '000000', width: 0 },
        });
      }
    }
  },
};

/** Speaker notes: the slide's figures in full and their footnotes. */
export function speakerNotes(s: Slide): string {
  const lines: string[] = [];
  const figs: FigureView[] =
    s.kind === 'statistics' ? [...(s.big ? [s.big] : []), ...s.figures] : s.kind === 'legal' || s.kind === 'keyFigures' ? s.figures : [];
  if (s.kind === 'statistics' && s.chart) for (const b of s.chart.bars) lines.push(`${b.label} — ${b.valueLabel}`);
  for (const f of figs) lines.push(figureNote(f));
  if ((s.kind === 'statistics' || s.kind === 'legal') && s.more) lines.push(s.more);
  for (const n of s.notes) lines.push(`${n.mark} ${n.text}`);
  return lines.join('\n');
}

/** Draws one planned slide, then its footer (the organisation's name, the slide number), as the PDF deck does. */
export function drawSlide(c: DrawCtx, s: Slide): void {
  (DRAW[s.kind] as (c: DrawCtx, s: Slide) => void)(c, s);
  c.slide.addText(c.view.organization, { ...base, ...box(LOOK.left, LOOK.footerY, 640, 26), fontSize: LOOK.smallSize, bold: true, color: '595959' });
  c.slide.addText(String(s.number), {
    ...base,
    ...box(LOOK.left + LOOK.width - 100, LOOK.footerY, 100, 26),
    fontSize: LOOK.smallSize,
    bold: true,
    color: '595959',
    align: 'right',
  });
  const text = speakerNotes(s);
  if (text !== '') c.slide.addNotes(text);
}
