import type { BlockStyle, StyledInline, TextStyle, Width } from '../../style/types.js';

/** The pieces that each kind's `scale` (BlockKind) is made of. */

export function scaleText<S extends TextStyle>(s: S, f: number): S {
  return { ...s, size: s.size * f };
}

/** A block style scaled: font size, margins, paddings and indent (line height and borders stay). */
export function scaleStyle(s: BlockStyle, f: number): BlockStyle {
  return {
    ...scaleText(s, f),
    marginTop: s.marginTop * f,
    marginBottom: s.marginBottom * f,
    padding: s.padding.map((p) => p * f) as [number, number, number, number],
    indent: s.indent * f,
  };
}

export function scaleInline(i: StyledInline, f: number): StyledInline {
  return i.kind === 'break' ? i : { ...i, style: scaleText(i.style, f) };
}

/** A width in points scaled; a share of the free width stays. */
export function scaleWidth(w: Width, f: number): Width {
  return 'points' in w ? { points: w.points * f } : w;
}
