import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';

/** Every font file is parsed once per process and shared by all documents. */
const parsed = new Map<string, Font>();
/** The bytes each font was parsed from. */
const bytesOf = new WeakMap<Font, Uint8Array>();
/**
 * Fonts parsed before the startup snapshot was taken, by path: after
 * start-up each is used again only if its file still has the same bytes.
 */
const kept = new Map<string, Font>();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** The fontkit Font of a TrueType/OpenType file (absolute path), parsed once. */
export function loadFontFile(path: string): Font {
  const known = parsed.get(path);
  if (known) return known;
  const bytes = readFileSync(path);
  const before = kept.get(path);
  kept.delete(path);
  let font: Font;
  if (before && sameBytes(bytesOf.get(before)!, bytes)) {
    font = before;
  } else {
    const opened = fontkit.create(bytes);
    if (!('layout' in opened)) throw new Error(`briefing: ${path} is a font collection, not a single font`);
    guardLayout(opened);
    bytesOf.set(opened, bytes);
    font = opened;
  }
  parsed.set(path, font);
  return font;
}

/**
 * Called once before the startup snapshot is taken (scripts/snapshot-entry.js):
 * the fonts parsed by the warm-up render stay in the snapshot, with the tables
 * fontkit has decoded, but none is used again until its file is read and
 * found byte for byte the same.
 */
export function keepParsedFontsForSnapshot(): void {
  for (const [path, font] of parsed) kept.set(path, font);
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
