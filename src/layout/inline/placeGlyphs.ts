import { splitClusters } from '../../assets/splitClusters.js';
import type { FontMetrics, GlyphRun } from '../types.js';

/** The replacement character, drawn where a font has no glyph (never the font's empty .notdef box). */
export const REPLACEMENT = '\uFFFD';

/** A part of a text: drawn by its font, or a cluster the font has no glyph for. */
interface GlyphPart {
  text: string;
  missing: boolean;
}

/**
 * Cuts `text` into the parts font `fontId` can draw and the clusters it cannot
 * (a base with its marks; a cluster is missing when any of its characters is).
 * Control characters draw nothing and never count as missing.
 */
function splitByGlyphs(metrics: FontMetrics, fontId: string, text: string): GlyphPart[] {
  const parts: GlyphPart[] = [];
  for (const cluster of splitClusters(text)) {
    const missing = !cluster.control && cluster.codePoints.some((cp) => !metrics.hasGlyph(fontId, cp));
    const last = parts[parts.length - 1];
    if (last && !last.missing && !missing) last.text += cluster.text;
    else parts.push({ text: cluster.text, missing });
  }
  return parts;
}

/** Pieces of text cut after each U+0020, spaces kept: «a b» → «a », «b». */
function cutAfterSpaces(text: string): string[] {
  return text.match(/[^ ]* |[^ ]+$/g) ?? [];
}

/**
 * The pen after glyphs of `advance` (1/1000 em) at `size` from x: pdfkit's
 * own arithmetic for `pdf.x` after a text (its widthOfString, unscaled),
 * kept to the last bit so the PDF's numbers stay as they were.
 */
function penAfter(x: number, advance: number, size: number): number {
  return x + (advance * (size / 1000) * 100) / 100;
}

/** Places glyph runs of one font and text; returns the pen after them. */
class GlyphPlacer {
  readonly runs: GlyphRun[] = [];
  constructor(
    private readonly metrics: FontMetrics,
    private readonly fontId: string,
    private readonly size: number,
  ) {}

  /** Glyphs of `text` (all drawn by the font) from x, as pdfkit draws a line: text after a `\n` goes on from the pen. */
  drawn(text: string, x: number): number {
    let pen = x;
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const shaped = this.metrics.shape(this.fontId, line);
      this.runs.push({ fontId: this.fontId, x: pen, shaped, actual: null });
      pen = penAfter(pen, shaped.advance, this.size);
    }
    return pen;
  }

  /**
   * A cluster the font has no glyph for (layout has warned about it), in the
   * room layout measured for it (the font's .notdef advance): the font's own
   * .notdef glyph would be an empty box that copies out as nothing, and PDF/A
   * forbids drawing it. Instead the replacement mark U+FFFD of a font that has
   * one is centred in that room, with the cluster as its ActualText, so that
   * copying the text gives back the character of the data.
   */
  missing(cluster: string, x: number): number {
    const room = this.metrics.measureCluster(this.fontId, cluster) * this.size;
    const substitute = this.metrics.replacementFont();
    if (substitute === null) {
      this.runs.push({ fontId: this.fontId, x, shaped: { pieces: [], advance: 0, drawsAll: true }, actual: cluster });
    } else {
      const width = this.metrics.measureCluster(substitute, REPLACEMENT) * this.size;
      this.runs.push({ fontId: substitute, x: x + (room - width) / 2, shaped: this.metrics.shape(substitute, REPLACEMENT), actual: cluster });
    }
    return x + room;
  }

  /** `text` from x, its missing clusters replaced. */
  piece(text: string, x: number): number {
    const shaped = this.metrics.shape(this.fontId, text);
    if (shaped.drawsAll && !text.includes('\n')) {
      this.runs.push({ fontId: this.fontId, x, shaped, actual: null });
      return penAfter(x, shaped.advance, this.size);
    }
    let pen = x;
    for (const part of splitByGlyphs(this.metrics, this.fontId, text)) {
      pen = part.missing ? this.missing(part.text, pen) : this.drawn(part.text, pen);
    }
    return pen;
  }
}

/**
 * The glyphs of a text item on its baseline from x, shaped through `metrics`
 * (the shaping layout measured with). With word spacing, the extra space goes
 * after every U+0020 and nowhere else: each piece ending in a space starts
 * where the one before it ended plus the extra space (never after non-breaking
 * or thin spaces, whose glyphs are kept).
 */
export function placeGlyphs(metrics: FontMetrics, fontId: string, text: string, x: number, size: number, wordSpacing: number): GlyphRun[] {
  const placer = new GlyphPlacer(metrics, fontId, size);
  if (text === '') return placer.runs;
  if (wordSpacing === 0 || !text.includes(' ')) {
    placer.piece(text, x);
    return placer.runs;
  }
  let pen = x;
  for (const piece of cutAfterSpaces(text)) {
    pen = placer.piece(piece, pen) + (piece.endsWith(' ') ? wordSpacing : 0);
  }
  return placer.runs;
}
