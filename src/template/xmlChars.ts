/**
 * Characters that XML 1.0 forbids anywhere in a document, even escaped:
 * C0 controls other than tab, line feed and carriage return, and U+FFFE/U+FFFF.
 * A data value may carry them (pasted from a word processor); they are
 * invisible, so the template stage drops them instead of failing the parse.
 */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}
