import { applyTypography } from './applyTypography.js';
import { LruCache } from '../../cache/lruCache.js';
import { mapBoundaries } from './mapBoundaries.js';
import { preservedSkeleton } from './textClasses.js';
import type { TypographyLang } from './typografInstances.js';

export type { TypographyLang } from './typografInstances.js';

/** A piece of a paragraph in one style. */
export interface StyledRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

/**
 * Typesets a plain text by Мильчин's norms: non-breaking spaces after short
 * words, before «—», in «№ 5», «§ 12», «А. Б. Иванов», «2025 г.»; «ёлочки»
 * with „лапки“ inside (“ ” and ‘ ’ for `en`) from straight quotes; « - » and
 * « -- » become « — »; quotes and dashes typed as such stay as typed.
 * It never changes a letter, a digit or any other character: should the
 * result differ from the input in more than whitespace, quotes and dashes
 * between spaces, the input is returned unchanged.
 */
export function typographText(text: string, lang: TypographyLang): string {
  // Typography looks at how many digits a number has, never at which: texts
  // that differ only in their digits («Показатель 17», «Показатель 42») share
  // one typesetting, with each text's own digits put back in order.
  const shape = text.replace(DIGIT, '0');
  const key = `${lang}\u0000${shape}`;
  let template = typeset.get(key);
  if (template === undefined) {
    const result = applyTypography(shape, lang);
    template = preservedSkeleton(result) === preservedSkeleton(shape) ? result : shape;
    typeset.set(key, template);
  }
  if (template === shape) return text;
  return shape === text ? template : putDigitsBack(template, text);
}

const DIGIT = /[0-9]/g;

/** `template` (a typesetting of `text` with every digit made «0») with the digits of `text`, in order. */
function putDigitsBack(template: string, text: string): string {
  const digits = text.match(DIGIT) ?? [];
  let i = 0;
  return template.replace(/0/g, () => digits[i++] ?? '0');
}

/** Texts typeset, by language and text: titles, labels and units repeat within and across documents. */
export const MAX_TYPESET_TEXTS = 4_000;
const typeset = new LruCache<string, string>(MAX_TYPESET_TEXTS);

/** Texts remembered now (for tests: the memo is bounded). */
export function typesetTextsHeld(): number {
  return typeset.size;
}

/**
 * Typesets a paragraph made of styled runs as one text, so that quotes pair
 * up and spaces bind across runs, then cuts the result back into the same
 * runs (same order, same count, same styles and other fields).
 */
export function typographRuns<R extends StyledRun>(runs: readonly R[], lang: TypographyLang): R[] {
  const whole = runs.map((run) => run.text).join('');
  const result = typographText(whole, lang);
  if (result === whole) return runs.map((run) => ({ ...run }));
  const ends: number[] = [];
  let end = 0;
  for (const run of runs.slice(0, -1)) {
    end += run.text.length;
    ends.push(end);
  }
  const cuts = [0, ...mapBoundaries(whole, result, ends), result.length];
  return runs.map((run, i) => ({ ...run, text: result.slice(cuts[i] ?? 0, cuts[i + 1] ?? result.length) }));
}
