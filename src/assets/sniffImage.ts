/** The one image sniffer of the program: what a file is by its first bytes (see sniffImage). */
export type ImageKind = 'png' | 'jpeg' | 'svg';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The eight bytes every PNG file starts with. */
export function hasPngSignature(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * What an image file is, by its content, not its name: the PNG signature,
 * the JPEG start-of-image marker, or text whose root element is `<svg`
 * (after an optional BOM, XML declaration, comments, DOCTYPE and whitespace).
 */
export function sniffImage(bytes: Uint8Array): ImageKind | undefined {
  if (hasPngSignature(bytes)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (isSvgText(new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024)))) return 'svg';
  return undefined;
}

const PROLOG = /^(?:\s+|<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/;

export function isSvgText(text: string): boolean {
  const body = text.replace(/^\uFEFF/, '');
  const prolog = PROLOG.exec(body)?.[0] ?? '';
  return /^<svg[\s>/]/.test(body.slice(prolog.length));
}

/**
 * References from an SVG to other files: `href`/`xlink:href` values and CSS
 * `url(…)` that do not start with `#` (a part of the same SVG) or `data:`
 * (embedded). Such an SVG is refused: it would draw differently elsewhere.
 */
export function svgExternalRefs(text: string): string[] {
  const refs: string[] = [];
  const attr = /(?:^|[\s"'])(?:xlink:)?href\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const css = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/g;
  for (const re of [attr, css]) {
    for (const m of text.matchAll(re)) {
      const ref = (m[1] ?? m[2] ?? m[3] ?? '').trim();
      if (!ref.startsWith('#') && !/^data:/i.test(ref)) refs.push(ref);
    }
  }
  return refs;
}
