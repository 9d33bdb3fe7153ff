/**
 * A base character with the marks that modify it: combining accents, variation
 * selectors and joiners never leave their base (they must be drawn by the same font).
 */
export interface Cluster {
  text: string;
  codePoints: number[];
  /** The base is a space or a control character (`\n`, `\t`). */
  space: boolean;
  control: boolean;
}

const MARK = /^[\p{M}\u200C\u200D\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
const SPACE = /^[ \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]$/u;
const CONTROL = /^\p{Cc}$/u;

/**
 * Invisible format characters (zero-width space, bidi marks, word joiner, BOM):
 * layout strips them; a font never counts as drawing them, so `missing` reports them.
 */
const INVISIBLE = /^[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]$/u;

export function isInvisible(char: string): boolean {
  return INVISIBLE.test(char);
}

/** Splits text into clusters in order; joined, their texts give back `text`. */
export function splitClusters(text: string): Cluster[] {
  const clusters: Cluster[] = [];
  let current: Cluster | null = null;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (current && MARK.test(char)) {
      current.text += char;
      current.codePoints.push(cp);
      continue;
    }
    current = { text: char, codePoints: [cp], space: SPACE.test(char), control: CONTROL.test(char) };
    clusters.push(current);
  }
  return clusters;
}
