import type { FontMetrics, Hyphenator, ImageMetrics, ShapedPiece, ShapedText } from '../../src/layout/types.js';
import type { LayoutContext } from '../../src/layout/context.js';
import { StructBuilder } from '../../src/layout/structure.js';
import type { BlockStyle, StyledInline, StyledParagraph } from '../../src/style/types.js';
import { ROOT_STYLE } from '../../src/style/resolveStyle.js';

/** A fake glyph per character (its code point as id), half an em wide; pieces cut after spaces. */
function fakeShape(text: string): ShapedText {
  const pieces: ShapedPiece[] = (text.match(/[^ \t]*[ \t]|[^ \t]+$/g) ?? []).map((piece) => {
    const glyphs = [...piece].map((char) => {
      const cp = char.codePointAt(0) ?? 0;
      return { id: cp, codePoints: [cp], xAdvance: 500, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: 500 };
    });
    return { glyphs, advance: glyphs.length * 500, width: glyphs.length * 0.5, drawsAll: true };
  });
  return { pieces, advance: pieces.reduce((a, p) => a + p.advance, 0), drawsAll: true };
}

/** Every character is half an em wide; one font, no fallback. */
export const fakeMetrics: FontMetrics = {
  resolveRuns: (face, text) => [{ fontId: `${face.family}${face.bold ? '-b' : ''}`, text }],
  measure: (_id, text) => [...text].length * 0.5,
  shape: (_id, text) => fakeShape(text),
  measureCluster: (_id, text) => [...text].length * 0.5,
  hasGlyph: () => true,
  replacementFont: () => null,
  ascent: () => 0.8,
  descent: () => 0.2,
  missing: () => [],
};

export const fakeImages: ImageMetrics = { size: () => ({ width: 200, height: 100 }) };

/** Divides words into halves of at least 3 letters: enough to see hyphenation used. */
export const fakeHyphenator: Hyphenator = {
  hyphenate: (word) => (word.length >= 8 ? [Math.floor(word.length / 2)] : []),
};

export function fakeContext(overrides: Partial<LayoutContext> = {}): LayoutContext {
  return {
    metrics: fakeMetrics,
    images: fakeImages,
    hyphenator: fakeHyphenator,
    lang: 'en',
    structure: new StructBuilder(),
    warn: () => {},
    fields: null,
    ...overrides,
  };
}

export function style(over: Partial<BlockStyle> = {}): BlockStyle {
  return { ...ROOT_STYLE, size: 10, lineHeight: 1.2, ...over };
}

export function para(text: string, over: Partial<BlockStyle> = {}, role: StyledParagraph['role'] = 'P'): StyledParagraph {
  const s = style(over);
  const inlines: StyledInline[] = [{ kind: 'text', text, style: s }];
  return { kind: 'paragraph', role, style: s, inlines, pos: { template: 'test', line: 1 } };
}
