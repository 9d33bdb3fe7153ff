import type { Lang } from '../model/schema.js';
import { chartAlt } from '../view/chartAlt.js';
import { niceTicks } from '../view/chartTicks.js';
import { axisLabels } from '../view/scaleAxis.js';
import type { Words } from '../view/locale.js';
import type { ChartBarView, ChartView, FigureView, LegalView, StatGroupView } from '../view/types.js';
import { leadingUnits, notesOf } from './figureUnits.js';
import { moreFigures } from './moreWords.js';
import type { LegalSlide, StatisticsSlide } from './types.js';
import { cutParagraph } from './cutText.js';
import { BODY_ROOM, lines, tableRowHeight, titleExtra } from './estimate.js';

/** What one slide holds: big-number rows, compact table rows, chart bars. */
export const CAPACITY = { rows: 4, tableRows: 7, bars: 8, othersBesideChart: 2, legalRows: 3, legalTableRows: 5 } as const;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A footnote mark as superscript digits, for labels that are plain strings (chart bars). */
export function superscript(mark: string): string {
  return mark.replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);
}

interface Ctx {
  lang: Lang;
  words: Words;
}

/** The figure a bar draws (same label and value), for its footnote. */
function figureOf(bar: ChartBarView, items: readonly FigureView[]): FigureView | undefined {
  return items.find((f) => f.label === bar.label && f.number === bar.number);
}

/** The chart with its bars' footnote marks appended to their labels. */
function markBars(chart: ChartView, items: readonly FigureView[]): ChartView {
  const bars = chart.bars.map((b) => {
    const mark = figureOf(b, items)?.noteMark ?? null;
    return mark === null ? b : { ...b, label: `${b.label}${superscript(mark)}` };
  });
  return { ...chart, bars };
}

/**
 * How many of the largest bars a slide holds under its title. A bar's row
 * (src/layout/chart) is as tall as its label's lines (24 pt, line height
 * 1.15; the label column may narrow to about a quarter of the width when
 * the values printed beside the bars need room) or its bar (1.5 × 24 pt, and
 * 0.9 × 24 pt more under it for the previous period's), with 12 pt between
 * rows; the title, the period, the axis labels and the «ещё…» line take the
 * rest. At least three.
 */
export function barsThatFit(bars: readonly ChartBarView[], title: string, hasPeriod: boolean): number {
  const titleLines = Math.max(1, Math.ceil((title.length * 34 * 0.55) / 848));
  let room = 428 - titleLines * 40 - (hasPeriod ? 36 : 0) - 30 - AXIS_HEIGHT;
  const sorted = [...bars].sort((a, b) => b.number - a.number);
  let n = 0;
  for (const b of sorted) {
    const label = lines(b.label, 24, 848 * 0.25) * 27.6;
    const bar = 36 + (b.previousNumber === null ? 0 : 26.4);
    const h = Math.max(label, bar) + 12;
    if (room < h) break;
    room -= h;
    n++;
  }
  return Math.max(3, Math.min(n, CAPACITY.bars));
}

/** The axis labels above the bars: a line of their own. */
const AXIS_HEIGHT = 32;

/** The `count` largest bars of a one-unit chart, largest first, with ticks and text equivalent for them. */
function leadingBars(chart: ChartView, count: number, title: string, ctx: Ctx): ChartView {
  const bars = [...chart.bars].sort((a, b) => b.number - a.number).slice(0, count);
  const max = Math.max(...bars.map((b) => Math.max(b.number, b.previousNumber ?? 0)));
  const integers = bars.every((b) => Number.isInteger(b.number) && Number.isInteger(b.previousNumber ?? 0));
  const values = niceTicks(max, 5, integers);
  const labels = axisLabels(values, ctx.lang, ctx.words);
  const ticks = values.map((n, i) => ({ number: n, label: labels[i]! }));
  return { kind: 'bars', bars, ticks, alt: chartAlt(title, bars, ctx.words), others: [] };
}

/**
 * How many figures a slide holds as rows under its title: up to four as big
 * numbers (each about two label lines), else table rows by their labels'
 * lines, leaving room for the «ещё…» line and the notes.
 */
export function rowsThatFit(items: readonly FigureView[], title: string, hasPeriod: boolean): number {
  const room = BODY_ROOM - titleExtra(title) - (hasPeriod ? 40 : 0) - 36;
  const big = (f: FigureView) => Math.max(2, lines(f.label, 24, 450) + (f.share || f.change ? 1 : 0)) * 29 + 32;
  const notes = (list: readonly FigureView[]) => list.filter((f) => f.note !== null).reduce((h, f) => h + lines(f.note!, 24) * 29 + 4, 0);
  const four = items.slice(0, 4);
  if (items.length <= 4 && four.reduce((h, f) => h + big(f), 0) + notes(four) <= room * 1.2) return items.length;
  let used = 0;
  let n = 0;
  for (const f of items) {
    const h = tableRowHeight(f.label) + (f.share ? 29 : 0) + (f.note ? lines(f.note, 24) * 29 : 0);
    if (used + h > room) break;
    used += h;
    n++;
  }
  return Math.max(1, Math.min(n, CAPACITY.tableRows + 1));
}

type StatContent = Pick<StatisticsSlide, 'chart' | 'big' | 'figures' | 'more' | 'notes'>;

/**
 * One slide for a statistics group, whatever its size: a single figure as a
 * big number; the group's chart (its largest bars when they are more than a
 * slide holds) with a few other figures; or its figures as rows, the leading
 * ones (largest first, never parted from their parts) when there are more,
 * the rest counted.
 */
export function statisticsContent(g: StatGroupView, ctx: Ctx): StatContent {
  const items = g.items;
  if (items.length === 1) return { chart: null, big: items[0]!, figures: [], more: null, notes: notesOf(items) };
  const chart = g.chart ?? (items.length > CAPACITY.tableRows ? (g.wideChart ?? null) : null);
  if (chart !== null) {
    const fit = barsThatFit(chart.bars, g.title, g.period !== null);
    const shown = chart.bars.length > fit && chart.kind === 'bars' ? leadingBars(chart, fit, g.title, ctx) : chart;
    const barFigures = shown.bars.map((b) => figureOf(b, items)).filter((f) => f !== undefined);
    const others = chart === g.chart ? leadingUnits(chart.others, CAPACITY.othersBesideChart) : { shown: [], rest: 0 };
    const keepOrder = chart === g.chart && chart.others.length <= CAPACITY.othersBesideChart;
    const figures = keepOrder ? chart.others : others.shown;
    const rest = items.length - barFigures.length - figures.length;
    return { chart: markBars(shown, items), big: null, figures, more: moreFigures(rest, ctx.lang, ctx.words), notes: notesOf([...barFigures, ...figures]) };
  }
  const capacity = rowsThatFit(items, g.title, g.period !== null);
  if (items.length <= capacity) return { chart: null, big: null, figures: items, more: null, notes: notesOf(items) };
  const lead = leadingUnits(items, capacity);
  return { chart: null, big: null, figures: lead.shown, more: moreFigures(lead.rest, ctx.lang, ctx.words), notes: notesOf(lead.shown) };
}

/** Fewer characters than this of a legal change's text are not worth a paragraph on its slide. */
const MIN_LEGAL_TEXT = 60;

/** The legal change's slide content: reference, first paragraph, its figures (the leading ones when many). */
export function legalContent(l: LegalView, ctx: Ctx): Pick<LegalSlide, 'reference' | 'paragraph' | 'figures' | 'more' | 'notes'> {
  const reference = l.effective === null ? l.reference : `${l.reference} · ${ctx.words['effective'] ?? ''} ${l.effective}`;
  const first = l.paragraphs?.[0] ?? null;
  const fits = l.items.length <= CAPACITY.legalTableRows;
  const lead = fits ? { shown: l.items, rest: 0 } : leadingUnits(l.items, CAPACITY.legalTableRows);
  // A title of two lines leaves the text its room (the slide may shrink a little); each line
  // past the second takes the room of about 150 characters of it. Less than a line of text
  // left is no paragraph (the handout has it whole).
  const titleLines = lines(l.title, 34);
  const maxText = (lead.shown.length === 0 ? 420 : lead.shown.length <= CAPACITY.legalRows ? 200 : 120) - Math.max(0, titleLines - 2) * 150;
  return {
    reference,
    paragraph: first === null || maxText < MIN_LEGAL_TEXT ? null : cutParagraph(first, maxText),
    figures: lead.shown,
    more: moreFigures(lead.rest, ctx.lang, ctx.words),
    notes: notesOf(lead.shown),
  };
}
