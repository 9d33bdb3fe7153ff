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
  parsed.set(path, opened);
  return opened;
}
