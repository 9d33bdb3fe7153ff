import type { LayoutContext } from './context.js';
import type { FontFace } from './types.js';

/**
 * Warns once per character that no font of the face's chain can draw. Render
 * draws «�» in its place and keeps the character for copying, so the message
 * says so and names where it is (`в тексте «…»`, `в диаграмме`).
 */
export function warnMissingGlyphs(ctx: LayoutContext, face: FontFace, text: string, where: string): void {
  for (const ch of ctx.metrics.missing(face, text)) {
    const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    ctx.warn({
      code: 'glyph',
      severity: 'warning',
      excerpt: ch,
      message: `символа «${ch}» (U+${code}) нет ни в одном шрифте: на бумаге вместо него будет знак «�» (${where})`,
    });
  }
}
