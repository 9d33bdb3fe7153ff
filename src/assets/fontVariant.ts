import type { FontFace } from '../layout/types.js';

/** The four styles a font family ships as files: `<Name>-<Variant>.ttf`. */
export type FontVariant = 'Regular' | 'Bold' | 'Italic' | 'BoldItalic';

export const FONT_VARIANTS: readonly FontVariant[] = ['Regular', 'Bold', 'Italic', 'BoldItalic'];

/** The variant a face asks for. */
export function faceVariant(face: Pick<FontFace, 'bold' | 'italic'>): FontVariant {
  if (face.bold && face.italic) return 'BoldItalic';
  if (face.bold) return 'Bold';
  if (face.italic) return 'Italic';
  return 'Regular';
}

/** Variants to try, nearest first, when a family lacks the one asked for. */
export const VARIANT_FALLBACKS: Readonly<Record<FontVariant, readonly FontVariant[]>> = {
  Regular: ['Regular'],
  Bold: ['Bold', 'Regular'],
  Italic: ['Italic', 'Regular'],
  BoldItalic: ['BoldItalic', 'Bold', 'Italic', 'Regular'],
};
