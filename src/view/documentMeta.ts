import type { Briefing } from '../model/schema.js';
import type { DocumentMeta } from './types.js';
import { dateAtUtcMidnight, formatDate } from './formatDate.js';
import { word, type Words } from './locale.js';
import { plainOrNull, plainText } from './plainText.js';

function unique(values: readonly (string | null)[]): string[] {
  const out: string[] = [];
  for (const v of values) if (v !== null && v !== '' && !out.includes(v)) out.push(v);
  return out;
}

/**
 * The PDF's document information: Title, Author (the organization), Subject (the
 * subtitle, or «Брифинг, 3 декабря 2025 г., Астана»), Keywords (organization,
 * city, statistics groups, legal acts), language and the creation date (the
 * briefing's day at 00:00 UTC, so the same input gives the same bytes).
 */
export function buildMeta(briefing: Briefing, words: Words): DocumentMeta {
  const organization = plainText(briefing.organization);
  const city = plainOrNull(briefing.city);
  const subject = plainOrNull(briefing.subtitle) ?? unique([word(words, 'briefing'), formatDate(briefing.date, briefing.lang, words), city]).join(', ');
  const keywords = unique([
    organization,
    city,
    ...(briefing.statistics ?? []).map((g) => plainText(g.title)),
    ...(briefing.legal ?? []).map((l) => plainText(l.act)),
  ]).join(', ');
  return {
    title: plainText(briefing.title),
    author: organization,
    subject,
    keywords,
    lang: briefing.lang,
    creationDate: dateAtUtcMidnight(briefing.date),
  };
}
