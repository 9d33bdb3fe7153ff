/** Whitespace except the no-break spaces U+00A0 and U+202F, which the author may mean. */
const SPACES = /[^\S\u00A0\u202F]+/g;

/** A plain string: runs of whitespace and line breaks become one space, trimmed. */
export function plainText(s: string): string {
  return s.replace(SPACES, ' ').trim();
}

/** `plainText`, or null for a missing or empty string. */
export function plainOrNull(s: string | undefined): string | null {
  if (s === undefined) return null;
  const text = plainText(s);
  return text === '' ? null : text;
}
