import { join } from 'node:path';
import type { Font } from 'fontkit';
import type { FontFace, FontMetrics, FontRun } from '../layout/types.js';
import { BriefingError } from '../diagnostics/briefingError.js';
import { packageRoot } from './packageRoot.js';
import { FONT_VARIANTS, faceVariant, type FontVariant } from './fontVariant.js';
import { findFontFile } from './findFontFile.js';
import { loadFontFile } from './loadFontFile.js';
import { createMeasurer } from './createMeasurer.js';
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

interface LoadedFont extends ChainFont {
  font: Font;
  measure(text: string): number;
}

/** Fonts by id, once per process, whatever library asks for them. */
const loaded = new Map<string, LoadedFont>();
const libraries = new Map<string, FontLibrary>();

function loadFont(fontId: string, path: string): LoadedFont {
  const known = loaded.get(fontId);
  if (known) return known;
  const font = loadFontFile(path);
  const glyphs = new Set(font.characterSet.filter((cp) => !isInvisible(String.fromCodePoint(cp))));
  const entry: LoadedFont = { fontId, font, has: (cp) => glyphs.has(cp), measure: createMeasurer(font) };
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
    measure: (text) => get().measure(text),
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

  const metrics: FontMetrics = {
    resolveRuns: (face: FontFace, text: string): FontRun[] => resolveRunsInChain(chainOf(face), text),
    measure: (fontId: string, text: string): number => fontOf(fontId).measure(text),
    ascent: (fontId: string): number => {
      const { font } = fontOf(fontId);
      return font.ascent / font.unitsPerEm;
    },
    descent: (fontId: string): number => {
      const { font } = fontOf(fontId);
      return Math.abs(font.descent) / font.unitsPerEm;
    },
    missing: (face: FontFace, text: string): string[] => missingInChain(chainOf(face), text),
  };

  return Object.freeze({
    metrics,
    font: (fontId: string): Font => fontOf(fontId).font,
    fontIds: Object.freeze([...byId.keys()]),
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
