import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { VARIANT_FALLBACKS, type FontVariant } from './fontVariant.js';

export interface FontFile {
  /** `<Name>-<Variant>` of the file actually used: `DejaVuSans-Regular`. */
  fontId: string;
  path: string;
}

/** `<dir>/<Name>-<Variant>.ttf`; a Regular may also be named `<Name>.ttf`. */
function exactFile(dir: string, name: string, variant: FontVariant): string | null {
  const candidates = [join(dir, `${name}-${variant}.ttf`)];
  if (variant === 'Regular') candidates.push(join(dir, `${name}.ttf`));
  return candidates.find((path) => existsSync(path)) ?? null;
}

/**
 * The file that draws `variant` of font `name`, or the nearest existing
 * variant (BoldItalic → Bold → Italic → Regular); null if the font has no file.
 */
export function findFontFile(dir: string, name: string, variant: FontVariant): FontFile | null {
  for (const candidate of VARIANT_FALLBACKS[variant]) {
    const path = exactFile(dir, name, candidate);
    if (path) return { fontId: `${name}-${candidate}`, path };
  }
  return null;
}
