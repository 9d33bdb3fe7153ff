import { join } from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import type { ChartView } from '../view/types.js';
import { packageRoot } from '../assets/packageRoot.js';

/** The chart as a PNG, and its size in CSS pixels (96 to the inch), as docx places images. */
export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
}

const FAMILY = 'Briefing PT Sans';
const SCALE = 2;
const LABEL = 13;
const BAR = 16;
const GAP = 10;
const ACCENT = '#1F3A5F';
let fontsReady = false;

/** The package's own PT Sans, registered once per process under a private family name. */
function registerFonts(): void {
  if (fontsReady) return;
  const dir = join(packageRoot(), 'fonts');
  GlobalFonts.registerFromPath(join(dir, 'PTSans-Regular.ttf'), FAMILY);
  GlobalFonts.registerFromPath(join(dir, 'PTSans-Bold.ttf'), FAMILY);
  fontsReady = true;
}

function wrap(ctx: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Draws a statistics group's chart the way the handout does: each bar under
 * its label, its printed value at its end; `funnel` bars are measured against
 * the first one, with the parent's length as an outline; a previous value is
 * a thin outlined bar. The same chart gives the same bytes.
 */
export function chartImage(chart: ChartView, width: number): ChartImage {
  registerFonts();
  const measure = createCanvas(10, 10).getContext('2d');
  measure.font = `${LABEL}px "${FAMILY}"`;
  const rows = chart.bars.map((bar) => ({ bar, lines: wrap(measure, bar.label, width) }));
  const rowHeight = (r: (typeof rows)[number]) => r.lines.length * (LABEL + 3) + BAR + (r.bar.previousNumber !== null ? BAR / 2 + 2 : 0) + GAP;
  const height = Math.ceil(rows.reduce((sum, r) => sum + rowHeight(r), 0));
  const canvas = createCanvas(width * SCALE, height * SCALE);
  const ctx = canvas.getContext('2d');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, width, height);
  const top = chart.kind === 'bars' ? (chart.ticks[chart.ticks.length - 1]?.number ?? 0) : (chart.bars[0]?.number ?? 0);
  const max = Math.max(top, ...chart.bars.map((b) => Math.max(b.number, b.previousNumber ?? 0)), 1e-9);
  ctx.font = `bold ${LABEL}px "${FAMILY}"`;
  const valueRoom =
    Math.max(...chart.bars.map((b) => Math.max(ctx.measureText(b.valueLabel).width, b.previousLabel ? ctx.measureText(b.previousLabel).width : 0))) + 8;
  const barRoom = Math.max(40, width - valueRoom);
  let y = 0;
  for (const row of rows) {
    ctx.font = `${LABEL}px "${FAMILY}"`;
    ctx.fillStyle = '#1A1A1A';
    ctx.textBaseline = 'top';
    for (const line of row.lines) {
      ctx.fillText(line, 0, y);
      y += LABEL + 3;
    }
    const length = (n: number) => Math.max(1, (n / max) * barRoom);
    if (row.bar.parentNumber !== null) {
      ctx.strokeStyle = '#7F8C9A';
      ctx.strokeRect(0.5, y + 0.5, length(row.bar.parentNumber) - 1, BAR - 1);
    }
    ctx.fillStyle = ACCENT;
    ctx.fillRect(0, y, length(row.bar.number), BAR);
    ctx.font = `bold ${LABEL}px "${FAMILY}"`;
    ctx.fillStyle = '#1A1A1A';
    ctx.textBaseline = 'middle';
    // after the bar, or after its parent's outline (a funnel), never across a line
    ctx.fillText(row.bar.valueLabel, length(Math.max(row.bar.number, row.bar.parentNumber ?? 0)) + 6, y + BAR / 2);
    y += BAR;
    if (row.bar.previousNumber !== null) {
      y += 2;
      ctx.strokeStyle = ACCENT;
      ctx.strokeRect(0.5, y + 0.5, length(row.bar.previousNumber) - 1, BAR / 2 - 1);
      ctx.font = `${LABEL - 2}px "${FAMILY}"`;
      ctx.fillStyle = '#3A3A3A';
      if (row.bar.previousLabel) ctx.fillText(row.bar.previousLabel, length(row.bar.previousNumber) + 6, y + BAR / 4);
      y += BAR / 2;
    }
    y += GAP;
  }
  return { png: new Uint8Array(canvas.toBuffer('image/png')), width, height };
}
