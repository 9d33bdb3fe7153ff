import { typografFor, type TypographyLang } from './typografInstances.js';
import { applyNbspRules } from './applyNbspRules.js';

/*
 * typograf decodes HTML entities («&amp;», «&#160;») and JS escapes
 * («\u00a0;») before its rules run, but data is printed as written: `&`
 * and `\` are swapped for private-use characters while typograf works.
 */
const AMP = '\uE001';
const BACKSLASH = '\uE002';
/** Our placeholders and typograf's own private labels (U+F000…U+F0FF). */
const RESERVED = /[\uE001\uE002\uE100-\uE10F\uF000-\uF0FF]/;

/**
 * Quotes and dashes the author typed stay as typed (the contract allows
 * changing only straight quotes and a hyphen between spaces): each is
 * swapped for a private-use character typograf ignores, and back after.
 * An em dash is left visible: it stays an em dash, and still gets its
 * non-breaking space before it.
 */
const TYPED = '«»„“”‘’‚‹›–‒―−';
const TYPED_BASE = 0xe100;
const protectTyped = (text: string): string => text.replace(/[«»„“”‘’‚‹›–‒―−]/g, (ch) => String.fromCharCode(TYPED_BASE + TYPED.indexOf(ch)));
const restoreTyped = (text: string): string => text.replace(/[\uE100-\uE10F]/g, (ch) => TYPED[ch.charCodeAt(0) - TYPED_BASE] ?? ch);

/**
 * Typography without the safety check: typograf with the allowed rules,
 * then our own non-breaking spaces. Text that already holds one of the
 * private characters the process relies on is returned unchanged.
 */
export function applyTypography(text: string, lang: TypographyLang): string {
  if (text === '' || RESERVED.test(text)) return text;
  const hidden = protectTyped(text.replace(/&/g, AMP).replace(/\\/g, BACKSLASH));
  const typographed = typografFor(lang).execute(hidden);
  const shown = restoreTyped(typographed)
    .replace(/\uE001/g, '&')
    .replace(/\uE002/g, '\\');
  return applyNbspRules(shown, lang);
}
