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

/** Overlay marks (U+0334–U+0338: tilde, stroke, solidus overlays) right after a letter. */
const OVERLAY = /\p{L}[\u0334-\u0338]/u;

/** Whether warnOverlayMarks has something to say about `text`. */
export const hasOverlayMark = (text: string): boolean => OVERLAY.test(text);

/**
 * Warns once that overlay marks are drawn as the font places them: most
 * fonts have no positioning for them, and pasted «зачёркнутый» text uses them.
 */
export function warnOverlayMarks(ctx: LayoutContext, text: string, where: string): void {
  const m = OVERLAY.exec(text);
  if (!m) return;
  const code = m[0]
    .codePointAt(m[0].length - 1)!
    .toString(16)
    .toUpperCase()
    .padStart(4, '0');
  ctx.warn({
    code: 'glyph',
    severity: 'warning',
    message: `наложенный знак U+${code} после буквы («${m[0]}») нарисован так, как его ставит шрифт, без подгонки к букве (${where})`,
    hint: 'зачёркнутый текст, вставленный из другой программы, лучше записать обычными буквами',
  });
}
