import type { Briefing } from '../model/schema.js';
import type { BriefingView, Paragraph } from '../view/types.js';
import { typeset, typesetParagraph } from '../layout/typography/typeset.js';

/** Fields that are not text to print: paths, codes, the locale's words. */
const NOT_TEXT = new Set(['lang', 'photo', 'logo', 'id', 'of', 'changeDirection', 'kind', 'words', 'meta', 'chart']);

function isParagraph(value: unknown): value is Paragraph {
  return Array.isArray(value) && value.length > 0 && value.every((r) => typeof r === 'object' && r !== null && typeof r.text === 'string' && 'bold' in r);
}

/** Every printed string of the view with the PDF's typography (non-breaking spaces, «ёлочки»). */
function typesetDeep(value: unknown, lang: BriefingView['lang']): unknown {
  if (typeof value === 'string') return typeset(value, lang);
  if (isParagraph(value)) return typesetParagraph(value, lang);
  if (Array.isArray(value)) return value.map((v) => typesetDeep(v, lang));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, NOT_TEXT.has(k) ? v : typesetDeep(v, lang)]));
  }
  return value;
}

/**
 * What the release templates see: the view, typeset, plus the machine dates
 * for `<time datetime>`: `isoDate` (the briefing's day) and, on each legal
 * change, `isoEffective` (or null).
 */
export function releaseContext(view: BriefingView, briefing: Briefing): Record<string, unknown> {
  const typeset = typesetDeep(view, view.lang) as BriefingView;
  return {
    ...typeset,
    isoDate: briefing.date,
    legal: typeset.legal.map((l, i) => ({ ...l, isoEffective: briefing.legal?.[i]?.effective ?? null })),
  };
}
