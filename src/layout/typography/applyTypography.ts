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
const RESERVED = /[\uE001\uE002\uF000-\uF0FF]/;

/**
 * Typography without the safety check: typograf with the allowed rules,
 * then our own non-breaking spaces. Text that already holds one of the
 * private characters the process relies on is returned unchanged.
 */
export function applyTypography(text: string, lang: TypographyLang): string {
  if (text === '' || RESERVED.test(text)) return text;
  const hidden = text.replace(/&/g, AMP).replace(/\\/g, BACKSLASH);
  const typographed = typografFor(lang).execute(hidden);
  const shown = typographed.replace(/\uE001/g, '&').replace(/\uE002/g, '\\');
  return applyNbspRules(shown, lang);
}
