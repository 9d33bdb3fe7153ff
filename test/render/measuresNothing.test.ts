import type { Font } from 'fontkit';
import { afterEach, describe, expect, it } from 'vitest';
import type { FontLibrary } from '../../src/assets/fontLibrary.js';
import type { FontMetrics, LaidOutDocument } from '../../src/layout/types.js';
import { renderPdf } from '../../src/render/renderPdf.js';
import { fonts, sampleDocument, sans, textLine } from './sampleDocument.js';

/** fontkit's shaping and measuring calls, counted on the shared font objects while a test runs. */
const SHAPING = ['layout', 'glyphsForString', 'advancesForGlyphs', 'hasGlyphForCodePoint'] as const;
const restore: (() => void)[] = [];
/** Calls made from inside a counted call (fontkit's layout asks for glyphs itself) are not counted again. */
let depth = 0;
afterEach(() => restore.splice(0).forEach((undo) => undo()));

function spyOnFont(font: Font, calls: string[]): void {
  for (const name of SHAPING) {
    const own = Object.prototype.hasOwnProperty.call(font, name);
    const previous = (font as unknown as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
    (font as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      if (depth === 0) calls.push(`font.${name}`);
      depth++;
      try {
        return previous.apply(font, args);
      } finally {
        depth--;
      }
    };
    restore.push(() => {
      if (own) (font as unknown as Record<string, unknown>)[name] = previous;
      else delete (font as unknown as Record<string, unknown>)[name];
    });
  }
}

/** The fonts of the sample, every metrics call and every shaping call on a font counted. */
function spyLibrary(calls: string[]): FontLibrary {
  const metrics = new Proxy(fonts.metrics, {
    get: (target, key) => {
      const value = Reflect.get(target, key) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (depth === 0) calls.push(`metrics.${String(key)}`);
        depth++;
        try {
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        } finally {
          depth--;
        }
      };
    },
  }) as FontMetrics;
  for (const id of fonts.fontIds) spyOnFont(fonts.font(id), calls);
  return { metrics, fontIds: fonts.fontIds, font: (id) => fonts.font(id) };
}

/**
 * The sample with a line of missing glyphs, without its SVG image: the text
 * inside an SVG is the image's own, drawn by svg-to-pdfkit through pdfkit's
 * text path, not text layout placed.
 */
function document(): LaidOutDocument {
  const doc = sampleDocument();
  const missing = textLine(sans, 'Знак 中 и 漢字 в строке', 56, 80, 11, 4, { wordSpacing: 2 });
  const pages = doc.pages.map((page) => ({ items: page.items.filter((item) => item.kind !== 'image' || !item.src.endsWith('.svg')) }));
  return { ...doc, pages: [...pages, { items: missing }] };
}

describe('render measures nothing', () => {
  it('writes the glyphs layout placed: no shaping, no measuring, no font metrics asked', async () => {
    const doc = document();
    const calls: string[] = [];
    const bytes = await renderPdf(doc, { fonts: spyLibrary(calls), pdfa: false });
    expect(bytes.length).toBeGreaterThan(1000);
    expect(calls).toEqual([]);
  });

  it('the spy sees shaping when there is some (the check can fail)', () => {
    const calls: string[] = [];
    const library = spyLibrary(calls);
    library.font('PTSans-Regular').layout('проверка');
    library.metrics.measure('PTSans-Regular', 'проверка');
    expect(calls).toEqual(['font.layout', 'metrics.measure']);
  });
});
