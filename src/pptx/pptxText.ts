import type { TextProps, TextPropsOptions } from './pptxgen.js';
import type { FigureView, Paragraph } from '../view/types.js';

/** Points to inches (pptxgenjs places in inches; the slide is 960 × 540 pt = 13.333 × 7.5 in). */
export const inch = (pt: number): number => Math.round((pt / 72) * 10000) / 10000;

/** The look of the deck, from the slides theme's values (fonts named so PowerPoint substitutes where PT Sans is missing). */
export const LOOK = {
  font: 'PT Sans',
  serif: 'PT Serif',
  ink: '1A1A1A',
  accent: '1F3A5F',
  muted: '4D4D4D',
  titleSize: 34,
  bodySize: 24,
  smallSize: 18,
  left: 56,
  width: 848,
  top: 40,
  bodyTop: 104 as number,
  bodyBottom: 466,
  footerY: 488,
} as const;

export type Run = TextProps;

/** A paragraph of a text field as runs, bold and italic kept; the last run ends the paragraph. */
export function paragraphRuns(p: Paragraph, options: TextPropsOptions = {}): Run[] {
  const runs: Run[] = p.map((r) => ({
    text: r.text,
    options: { ...options, bold: r.bold || options.bold === true, italic: r.italic || options.italic === true },
  }));
  if (runs.length === 0) return [];
  runs[runs.length - 1] = { ...runs[runs.length - 1]!, options: { ...runs[runs.length - 1]!.options, breakLine: true } };
  return runs;
}

/** A line of plain text as one run that ends its paragraph. */
export function line(text: string, options: TextPropsOptions = {}): Run {
  return { text, options: { ...options, breakLine: true } };
}

/** The figure's value as runs: qualifier and unit smaller than the number. */
export function valueRuns(f: FigureView, size: number): Run[] {
  const small = Math.round(size * 0.55);
  const runs: Run[] = [];
  if (f.qualifier) runs.push({ text: `${f.qualifier}\u00A0`, options: { fontSize: small } });
  runs.push({ text: f.value, options: { fontSize: size } });
  if (f.unit) runs.push({ text: `\u00A0${f.unit}`, options: { fontSize: small } });
  return runs;
}

/** A figure in one line for speaker notes: «label — display (share; change)». */
export function figureNote(f: FigureView): string {
  const extra = [f.share, f.change].filter((x) => x !== null).join('; ');
  return `${f.label} — ${f.display}${extra ? ` (${extra})` : ''}`;
}
