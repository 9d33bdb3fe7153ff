import type { Briefing, Quote, Section, Speaker } from '../model/schema.js';
import type { BriefingView, QuoteView, SectionView, SpeakerView } from './types.js';
import { buildChart } from './chartView.js';
import { buildMeta } from './documentMeta.js';
import { buildFigures, indexItems, type FigureContext } from './figureView.js';
import { formatDate } from './formatDate.js';
import { pickKeyFigures } from './keyFigures.js';
import { buildLegal } from './legalView.js';
import { loadLocale } from './locale.js';
import { parseText } from './parseInline.js';
import { plainOrNull, plainText } from './plainText.js';

function buildSpeaker(s: Speaker): SpeakerView {
  return {
    name: plainText(s.name),
    position: plainOrNull(s.position),
    organization: plainOrNull(s.organization),
    photo: s.photo ?? null,
  };
}

function buildSection(s: Section): SectionView {
  const paragraphs = s.text === undefined ? [] : parseText(s.text);
  return {
    title: plainText(s.title),
    paragraphs: paragraphs.length > 0 ? paragraphs : null,
    points: s.points === undefined ? null : s.points.map(plainText).filter((p) => p !== ''),
  };
}

function buildQuote(q: Quote, speakers: readonly SpeakerView[]): QuoteView {
  const speaker = plainOrNull(q.speaker);
  const match = speaker === null ? undefined : speakers.find((s) => s.name === speaker);
  return { paragraphs: parseText(q.text), speaker, position: match?.position ?? null };
}

/**
 * Everything the templates show, formatted for `briefing.lang`: numbers, dates,
 * plural units, shares, changes, footnote marks, key figures and the locale's
 * words. Pure: the input is not changed; only the locale files are read, once.
 */
export function buildView(briefing: Briefing): BriefingView {
  const lang = briefing.lang;
  const words = loadLocale(lang);
  let notes = 0;
  const ctx: FigureContext = {
    lang,
    words,
    byId: indexItems([...(briefing.statistics ?? []).map((g) => g.items), ...(briefing.legal ?? []).map((l) => l.items ?? [])]),
    nextNoteMark: () => String(++notes),
  };
  // Statistics before legal changes: footnotes are numbered in this order.
  const statistics = (briefing.statistics ?? []).map((g) => {
    const title = plainText(g.title);
    const { items, notes, hasShare, hasChange } = buildFigures(g.items, ctx);
    const chart = buildChart({ title, setting: g.chart, items: g.items, figures: items, lang, words });
    const wideChart =
      chart === null && g.chart !== 'none' && items.length > 1 ? buildChart({ title, setting: 'bar', items: g.items, figures: items, lang, words }) : null;
    return { title, period: plainOrNull(g.period), chart, wideChart, items, notes, hasShare, hasChange };
  });
  const legal = (briefing.legal ?? []).map((l) => buildLegal(l, ctx));
  // Figures marked `key: true`, in data order (statistics, then legal changes).
  const keyed = [
    ...(briefing.statistics ?? []).flatMap((g, i) => g.items.map((item, k) => (item.key ? statistics[i]!.items[k] : undefined))),
    ...(briefing.legal ?? []).flatMap((l, i) => (l.items ?? []).map((item, k) => (item.key ? legal[i]!.items[k] : undefined))),
  ].filter((f): f is NonNullable<typeof f> => f !== undefined);
  const speakers = briefing.speakers.map(buildSpeaker);
  const lead = briefing.lead === undefined ? [] : parseText(briefing.lead);
  return {
    lang,
    words: { ...words },
    meta: buildMeta(briefing, words),
    title: plainText(briefing.title),
    subtitle: plainOrNull(briefing.subtitle),
    date: formatDate(briefing.date, lang, words),
    time: briefing.time ?? null,
    city: plainOrNull(briefing.city),
    venue: plainOrNull(briefing.venue),
    organization: plainText(briefing.organization),
    logo: briefing.logo ?? null,
    source: plainOrNull(briefing.source),
    speakers,
    speakerPhotos: speakers.some((s) => s.photo !== null),
    lead: lead.length > 0 ? lead : null,
    keyFigures: pickKeyFigures(
      statistics.map((g) => g.items),
      legal.map((l) => l.items),
      keyed,
    ),
    sections: (briefing.sections ?? []).map(buildSection),
    statistics,
    results: (briefing.results ?? []).map(plainText).filter((r) => r !== ''),
    legal,
    quotes: (briefing.quotes ?? []).map((q) => buildQuote(q, speakers)),
    contacts: (briefing.contacts ?? []).map((c) => ({ label: plainText(c.label), value: plainText(c.value) })),
  };
}
