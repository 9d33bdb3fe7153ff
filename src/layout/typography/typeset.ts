import { typographRuns, typographText, type TypographyLang } from './index.js';
import type { Lang } from '../../model/schema.js';
import type { Paragraph } from '../../view/types.js';

/** Marks that draw nothing, and control characters: dropped, as the PDF layout drops them. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/g;
const WHITESPACE = /[ \t\n\r\f\v\u2028\u2029]+/g;

function typographyLang(lang: Lang): TypographyLang {
  return lang === 'kk' || lang === 'en' ? lang : 'ru';
}

function collapse(text: string): string {
  return text.replace(INVISIBLE, '').replace(WHITESPACE, ' ');
}

/**
 * A plain string as the PDF prints it: whitespace collapsed, then the same
 * typography as the layout (non-breaking spaces, «ёлочки», dashes).
 */
export function typeset(text: string, lang: Lang): string {
  return typographText(collapse(text).trim(), typographyLang(lang));
}

/** A paragraph of a *text* field, typeset as one text and cut back into its runs. */
export function typesetParagraph(paragraph: Paragraph, lang: Lang): Paragraph {
  const runs = paragraph.map((run) => ({ ...run, text: collapse(run.text) }));
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (first) runs[0] = { ...first, text: first.text.replace(/^ /, '') };
  if (last) runs[runs.length - 1] = { ...runs[runs.length - 1]!, text: runs[runs.length - 1]!.text.replace(/ $/, '') };
  return typographRuns(runs, typographyLang(lang)).filter((run) => run.text !== '');
}
