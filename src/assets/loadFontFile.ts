import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';

/** Every font file is parsed once per process and shared by all documents. */
const parsed = new Map<string, Font>();

/** The fontkit Font of a TrueType/OpenType file (absolute path), parsed once. */
export function loadFontFile(path: string): Font {
  const known = parsed.get(path);
  if (known) return known;
  const opened = fontkit.openSync(path);
  if (!('layout' in opened)) throw new Error(`briefing: ${path} is a font collection, not a single font`);
  guardLayout(opened);
  parsed.set(path, opened);
  return opened;
}

/** Forgets every parsed font (the startup snapshot, built after a warm-up render, keeps none: see scripts/snapshot-entry.js). */
export function forgetParsedFonts(): void {
  parsed.clear();
}

type LayoutArgs = Parameters<Font['layout']>;

/**
 * Some fonts' mark positioning fails inside fontkit for a mark it has no
 * anchor for (an overlay mark U+0334–U+0338 after some letters: «TypeError:
 * Cannot read properties of null (reading 'xCoordinate')»). The font's
 * `layout`, which layout measures with and pdfkit draws with, then shapes the
 * text again without mark positioning (`mark`, `mkmk` off): the mark is drawn
 * where its glyph puts it, and measuring and drawing still agree.
 */
function guardLayout(font: Font): void {
  const layout = font.layout.bind(font) as (...args: LayoutArgs) => ReturnType<Font['layout']>;
  const guarded = (...args: LayoutArgs): ReturnType<Font['layout']> => {
    try {
      return layout(...args);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      const [text, features, ...rest] = args;
      return layout(text, withoutMarkPositioning(features), ...rest);
    }
  };
  Object.defineProperty(font, 'layout', { value: guarded, configurable: true, writable: true });
}

function withoutMarkPositioning(features: LayoutArgs[1]): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  if (Array.isArray(features)) for (const f of features) out[String(f)] = true;
  else if (features && typeof features === 'object') Object.assign(out, features);
  return { ...out, mark: false, mkmk: false };
}
