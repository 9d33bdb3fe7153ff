import { join } from 'node:path';
import type { Font } from 'fontkit';
import type { FontFace, FontMetrics, FontRun, ShapedText } from '../layout/types.js';
import { BriefingError } from '../diagnostics/briefingError.js';
import { packageRoot } from './packageRoot.js';
import { FONT_VARIANTS, faceVariant, type FontVariant } from './fontVariant.js';
import { findFontFile } from './findFontFile.js';
import { keepParsedFontsForSnapshot, loadFontFile } from './loadFontFile.js';
import { createTextShaper, type TextShaperCache } from './shapeText.js';
import { ownGlyphCodePoints } from './ownGlyphCodePoints.js';
import { cacheSubsetGlyphs } from './cacheSubsetGlyphs.js';
import { LruCache } from '../cache/lruCache.js';
import { isInvisible } from './splitClusters.js';
import { missingInChain, resolveRunsInChain, type ChainFont } from './resolveRuns.js';

/** The fonts of a theme: metrics for layout, fontkit fonts for render. */
export interface FontLibrary {
  readonly metrics: FontMetrics;
  /** The parsed fontkit font of `fontId` (`PTSans-Bold`), shared by every document. */
  font(fontId: string): Font;
  /** Every font id a face of this library can resolve to. */
  readonly fontIds: readonly string[];
}

/** U+FFFD, drawn where no font of a chain has a glyph (never a font's empty .notdef box). */
const REPLACEMENT_CODE_POINT = 0xfffd;

/** Run resolutions remembered per face of a library, at most this many each (texts repeat within and across documents). */
export const MAX_CACHED_RUNS = 20_000;

interface LoadedFont extends ChainFont {
  font: Font;
  shaper: TextShaperCache;
  /** The font's ascent and descent (as a positive number) in ems, read once: every line asks. */
  ascent: number;
  descent: number;
}

/** Fonts by id, once per process, whatever library asks for them. */
const loaded = new Map<string, LoadedFont>();
const libraries = new Map<string, FontLibrary>();

/**
 * Called before the startup snapshot is taken, after a warm-up render
 * (scripts/snapshot-entry.js): libraries are forgotten, and each font is kept
 * with its shaping only for a process that finds its file unchanged
 * (loadFontFile compares the bytes).
 */
export function keepFontsForSnapshot(): void {
  libraries.clear();
  keepParsedFontsForSnapshot();
}

function loadFont(fontId: string, path: string): LoadedFont {
  const font = loadFontFile(path);
  const known = loaded.get(fontId);
  if (known && known.font === font) return known;
  // Before any shaping: every glyph fontkit hands out carries the code points it was asked for.
  ownGlyphCodePoints(font);
  cacheSubsetGlyphs(font);
  const glyphs = new Set(font.characterSet.filter((cp) => !isInvisible(String.fromCodePoint(cp))));
  const entry: LoadedFont = {
    fontId,
    font,
    has: (cp) => glyphs.has(cp),
    shaper: createTextShaper(font),
    ascent: font.ascent / font.unitsPerEm,
    descent: Math.abs(font.descent) / font.unitsPerEm,
  };
  loaded.set(fontId, entry);
  return entry;
}

/**
 * A font of a chain that is parsed only when first asked about: the fallback
 * fonts of most documents are never needed, and parsing each costs tens of ms.
 */
function lazyFont(fontId: string, path: string): LoadedFont {
  let real: LoadedFont | undefined;
  const get = () => (real ??= loadFont(fontId, path));
  return {
    fontId,
    get font() {
      return get().font;
    },
    has: (cp) => get().has(cp),
    get shaper() {
      return get().shaper;
    },
    get ascent() {
      return get().ascent;
    },
    get descent() {
      return get().descent;
    },
  };
}

function missingFontError(name: string, family: string): BriefingError {
  return new BriefingError([
    {
      code: 'template',
      severity: 'error',
      message: `шрифт «${name}» семейства «${family}» не найден в папке fonts/`,
      expected: `файл fonts/${name}-Regular.ttf`,
    },
  ]);
}

function buildLibrary(chains: Record<string, string[]>): FontLibrary {
  const dir = join(packageRoot(), 'fonts');
  /** `family/variant` → the fallback chain of loaded fonts. */
  const faces = new Map<string, LoadedFont[]>();
  const byId = new Map<string, LoadedFont>();
  for (const [family, names] of Object.entries(chains)) {
    if (names.length === 0) throw missingFontError('(пустой список)', family);
    for (const variant of FONT_VARIANTS) {
      const chain = names.map((name) => {
        const file = findFontFile(dir, name, variant);
        if (!file) throw missingFontError(name, family);
        const font = byId.get(file.fontId) ?? lazyFont(file.fontId, file.path);
        byId.set(font.fontId, font);
        return font;
      });
      faces.set(`${family}/${variant}`, chain);
    }
  }

  const chainOf = (face: FontFace): LoadedFont[] => {
    const variant: FontVariant = faceVariant(face);
    const chain = faces.get(`${face.family}/${variant}`);
    if (chain) return chain;
    throw new BriefingError([
      {
        code: 'template',
        severity: 'error',
        message: `в теме нет семейства шрифтов «${face.family}»`,
        hint: `известны: ${Object.keys(chains).join(', ')}`,
      },
    ]);
  };
  const fontOf = (fontId: string): LoadedFont => {
    const font = byId.get(fontId);
    if (!font) throw new Error(`briefing: unknown font id ${fontId}`);
    return font;
  };

  // One cache per face, keyed by the text itself: no key is built (and hashed anew) per lookup.
  const runsByFace = new Map<string, LruCache<string, readonly FontRun[]>>();
  const resolveRuns = (face: FontFace, text: string): FontRun[] => {
    const faceKey = `${face.family}/${faceVariant(face)}`;
    let runs = runsByFace.get(faceKey);
    if (runs === undefined) {
      chainOf(face);
      runs = new LruCache<string, readonly FontRun[]>(MAX_CACHED_RUNS);
      runsByFace.set(faceKey, runs);
    }
    let known = runs.get(text);
    if (known === undefined) {
      known = resolveRunsInChain(chainOf(face), text);
      runs.set(text, known);
    }
    // Copies: a caller may keep or change what it gets.
    return known.map((r) => ({ fontId: r.fontId, text: r.text }));
  };

  const ids = [...byId.keys()];
  let replacement: string | null | undefined;
  const metrics: FontMetrics = {
    resolveRuns,
    measure: (fontId: string, text: string): number => fontOf(fontId).shaper.measure(text),
    shape: (fontId: string, text: string): ShapedText => fontOf(fontId).shaper.shape(text),
    measureCluster: (fontId: string, text: string): number => fontOf(fontId).shaper.measureCluster(text),
    hasGlyph: (fontId: string, codePoint: number): boolean => fontOf(fontId).font.hasGlyphForCodePoint(codePoint),
    // Asked only when a cluster is missing: finding it may parse every font of the library.
    replacementFont: (): string | null => {
      if (replacement === undefined) replacement = ids.find((id) => fontOf(id).font.hasGlyphForCodePoint(REPLACEMENT_CODE_POINT)) ?? null;
      return replacement;
    },
    ascent: (fontId: string): number => fontOf(fontId).ascent,
    descent: (fontId: string): number => fontOf(fontId).descent,
    missing: (face: FontFace, text: string): string[] => missingInChain(chainOf(face), text),
  };

  return Object.freeze({
    metrics,
    font: (fontId: string): Font => fontOf(fontId).font,
    fontIds: Object.freeze(ids),
  });
}

/**
 * The font library of a theme's fallback chains (`{ sans: ['PTSans', 'NotoSans'] }`).
 * Font files are parsed once per process; equal chains give the same instance.
 */
export function fontLibrary(chains: Record<string, string[]>): FontLibrary {
  const key = JSON.stringify(
    Object.keys(chains)
      .sort()
      .map((family) => [family, chains[family]]),
  );
  const known = libraries.get(key);
  if (known) return known;
  const library = buildLibrary(chains);
  libraries.set(key, library);
  return library;
}
