/**
 * Finding data values in text read back from a PDF: what typography may
 * change (spaces, quotes, a hyphen between spaces) and how lines are broken
 * (at spaces, after a dash or slash, with a hyphen added) must not hide a value.
 */

/** Characters the engine never draws: soft hyphens, zero-width and bidi marks, control characters. */
const UNDRAWN = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
/** Every kind of space, the line breaks of a value included. */
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
const QUOTES = '"\'«»„“”‘’‚';
const DASHES = '-‐‑‒–—';

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A page's text as compared: runs of spaces (not line breaks) as one space. */
export function pageText(text: string): string {
  return text.replace(/[^\S\n]+/g, ' ');
}

/**
 * A pattern for `value` as it may appear in a page's text: spaces match a
 * space or a line break; between two other characters a line may end, with
 * or without an added hyphen; quotes match any quote, hyphens any dash; after
 * punctuation and №, typography may insert a space.
 */
export function valuePattern(value: string): RegExp {
  const chars = [...value.replace(UNDRAWN, '').replace(SPACES, ' ').trim()];
  let source = '';
  chars.forEach((ch, i) => {
    if (ch === ' ') {
      source += '[ \\n]+';
      return;
    }
    if (QUOTES.includes(ch)) source += `[${escape(QUOTES)}]`;
    else if (DASHES.includes(ch)) source += `[${escape(DASHES)}]`;
    else source += escape(ch);
    const next = chars[i + 1];
    if (next !== undefined && next !== ' ') source += /[.,:;№§¶!?)]/.test(ch) ? '(?:-?\\n| )?' : '(?:-?\\n)?';
  });
  return new RegExp(source, 'u');
}

/** Whether `value` appears in the text (see valuePattern). */
export function containsValue(text: string, value: string): boolean {
  return valuePattern(value).test(pageText(text));
}
