/**
 * The characters typography is allowed to change (CONTRACT.md: straight
 * quotes into «ёлочки», a hyphen between spaces into a dash, spaces into
 * non-breaking ones). Everything else must come out as it went in.
 */
const QUOTES = new Set([...'"\'«»„“”‚‘’‹›‟']);
const DASHES = new Set([...'-‐‑‒–—―']);
const WHITESPACE = /\s/;

export function isWhitespace(ch: string): boolean {
  return WHITESPACE.test(ch);
}

export function isQuote(ch: string): boolean {
  return QUOTES.has(ch);
}

export function isDash(ch: string): boolean {
  return DASHES.has(ch);
}

/** Whitespace, quote or dash: a character typography may replace, drop or insert. */
export function isFlexible(ch: string): boolean {
  return isWhitespace(ch) || isQuote(ch) || isDash(ch);
}

/**
 * What typography must preserve, in order: every character except
 * whitespace, quotes and the dashes that stand between spaces (or at an
 * edge). A dash inside a word or a number («кто-то», «440-1») is kept, so
 * turning it into anything else shows up as a difference.
 */
export function preservedSkeleton(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (isDash(ch)) {
      let j = i;
      while (j < text.length && isDash(text.charAt(j))) j++;
      const before = i === 0 || isWhitespace(text.charAt(i - 1));
      const after = j === text.length || isWhitespace(text.charAt(j));
      if (!(before && after)) out += text.slice(i, j);
      i = j;
      continue;
    }
    if (!isWhitespace(ch) && !isQuote(ch)) out += ch;
    i++;
  }
  return out;
}
