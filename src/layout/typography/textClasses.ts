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

/** What flexibleKind answers: whitespace, quote, dash, or a character typography keeps. */
export const WHITESPACE_KIND = 0;
export const QUOTE_KIND = 1;
export const DASH_KIND = 2;
export const STABLE_KIND = 3;

/**
 * The kind of one UTF-16 code unit, as isWhitespace, isQuote and isDash
 * class it (test/layout/typography/textClasses.test.ts checks all 65,536),
 * without making a string of it: typography maps every character of a
 * paragraph's runs through this.
 */
export function flexibleKind(code: number): number {
  if (code >= 0x30 && code < 0x2000) {
    // Letters, digits and most punctuation: only these few are flexible here.
    return code === 0xa0 || code === 0x1680 ? WHITESPACE_KIND : code === 0xab || code === 0xbb ? QUOTE_KIND : STABLE_KIND;
  }
  switch (code) {
    case 0x09:
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0x20:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff:
      return WHITESPACE_KIND;
    case 0x22:
    case 0x27:
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2039:
    case 0x203a:
      return QUOTE_KIND;
    case 0x2d:
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
      return DASH_KIND;
    default:
      return code >= 0x2000 && code <= 0x200a ? WHITESPACE_KIND : STABLE_KIND;
  }
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
