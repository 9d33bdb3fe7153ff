import type { ImageSize } from './imageSize.js';

/** Points per unit; a bare number and `px` count as pt (1 px = 1 pt, as for PNG). */
const UNITS: Record<string, number> = { '': 1, px: 1, pt: 1, pc: 12, in: 72, cm: 72 / 2.54, mm: 72 / 25.4 };

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/** A length in pt, or null for a relative unit (`%`, `em`) or garbage. */
function length(value: string | null): number | null {
  if (value === null) return null;
  const match = /^\s*([+]?\d*\.?\d+(?:e[+-]?\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!match) return null;
  const factor = UNITS[(match[2] ?? '').toLowerCase()];
  const number = Number(match[1]);
  return factor !== undefined && number > 0 ? number * factor : null;
}

function viewBox(tag: string): ImageSize | null {
  const value = attribute(tag, 'viewBox');
  if (value === null) return null;
  const parts = value
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [, , width, height] = parts;
  if (parts.length !== 4 || !width || !height || width <= 0 || height <= 0) return null;
  return { width, height };
}

/** The largest coordinate or size an SVG's root may give (1 000 000: a 14-km page in pt). */
export const SVG_MAX_NUMBER = 1_000_000;

/**
 * What is wrong with the numbers of the root element (its `viewBox`: four
 * finite numbers, a width and height above 0; its `width` and `height`), in
 * Russian, or null: a drawing at 1e308 or in a 0 × 0 box cannot be drawn.
 */
export function svgRootProblem(text: string): string | null {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return null;
  const box = attribute(tag, 'viewBox');
  if (box !== null) {
    const parts = box
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    const [, , w, h] = parts;
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n) || Math.abs(n) > SVG_MAX_NUMBER) || !(w! > 0) || !(h! > 0))
      return `viewBox="${box.slice(0, 60)}": нужны четыре числа, ширина и высота больше 0, не больше 1 000 000 по модулю`;
  }
  for (const name of ['width', 'height']) {
    const value = attribute(tag, name);
    const number = value === null ? NaN : Number.parseFloat(value);
    if (value !== null && /^\s*[-+]?[\d.]/.test(value) && !(number > 0 && number <= SVG_MAX_NUMBER))
      return `${name}="${value.slice(0, 40)}": нужно число больше 0 и не больше 1 000 000`;
  }
  return null;
}

/**
 * SVG: `width` and `height` of the root element; a missing one follows from
 * the `viewBox` proportions, and the `viewBox` alone gives both.
 */
export function svgSize(text: string): ImageSize | null {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return null;
  const width = length(attribute(tag, 'width'));
  const height = length(attribute(tag, 'height'));
  const box = viewBox(tag);
  if (width !== null && height !== null) return { width, height };
  if (box && width !== null) return { width, height: (width * box.height) / box.width };
  if (box && height !== null) return { width: (height * box.width) / box.height, height };
  return box;
}
