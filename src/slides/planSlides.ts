import type { BriefingView, SectionView } from '../view/types.js';
import { chunkItems, cutParagraph, cutString, paragraphText } from './cutText.js';
import { notesOf } from './figureUnits.js';
import { moreItems } from './moreWords.js';
import { CAPACITY, legalContent, statisticsContent } from './planStatistics.js';
import { contactsContent } from './planContacts.js';
import { BODY_ROOM, bulletHeight, chunkByHeight, lines, titleExtra } from './estimate.js';
import type { PlanOptions, Slide, SlidePlan, TextSlide } from './types.js';

export const DEFAULT_BUDGET = 15;
const DIGEST = 3;

/**
 * How much a plan gives up to meet the budget, least valuable first: each
 * level keeps everything the one before it gives up, and gives up one more.
 */
const LEVELS = [
  {},
  { digest: true },
  { digest: true, oneQuote: true },
  { digest: true, oneQuote: true, noLead: true },
  { digest: true, oneQuote: true, noLead: true, oneList: true },
  { oneQuote: true, noLead: true, oneList: true, noSections: true },
  { oneQuote: true, noLead: true, oneList: true, noSections: true, noKeyFigures: true },
] as const satisfies readonly Level[];

interface Level {
  digest?: boolean;
  oneQuote?: boolean;
  noLead?: boolean;
  oneList?: boolean;
  noSections?: boolean;
  noKeyFigures?: boolean;
}

type Draft = Omit<Slide, 'number'> & Pick<Slide, 'kind'>;

const base = (title: string, continued = false) => ({ title, continued, notes: [] });

function textSlide(title: string, fields: Partial<Pick<TextSlide, 'paragraph' | 'points' | 'digest'>>, continued = false): Draft {
  return { kind: 'text', ...base(title, continued), paragraph: null, points: [], digest: [], ...fields } as Draft;
}

/** A section's slides: title, first paragraph (short), its points, continued only when ≥ 3 points move on. */
function sectionSlides(s: SectionView): Draft[] {
  const points = s.points ?? [];
  const first = s.paragraphs?.[0] ?? null;
  const maxText = points.length === 0 ? 420 : points.length <= 2 ? 260 : 150;
  const paragraph = first === null ? null : cutParagraph(first, maxText);
  const textHeight = paragraph === null ? 0 : lines(paragraphText(paragraph), 26) * 34 + 14;
  const room = BODY_ROOM - titleExtra(s.title) - textHeight;
  const chunks = points.length === 0 ? [[]] : chunkByHeight(points, bulletHeight, room);
  return chunks.map((chunk, i) => textSlide(s.title, { paragraph: i === 0 ? paragraph : null, points: chunk }, i > 0));
}

/** One line for a section in a digest: its first sentence, or its points. */
function digestLine(s: SectionView): { title: string; text: string } {
  const first = s.paragraphs?.[0];
  const text = first ? paragraphText(first) : (s.points ?? []).join('; ');
  return { title: s.title, text: cutString(text, 110) };
}

/**
 * What the title slide can hold: the logo large and the speakers with their
 * positions when they fit under the title (at most two); else the speakers'
 * names in one line, and, when even that is too tall, no logo.
 */
function titleParts(view: BriefingView, meta: string): { logo: string | null; speakers: BriefingView['speakers']; speakerNames: string | null } {
  const W = 818;
  const head = lines(view.title, 44 * 1.08, W) * 48.4 + 16 + (view.subtitle ? lines(view.subtitle, 30, W) * 36 + 18 : 0) + lines(meta, 24, W) * 30 + 22 + 16;
  const full = view.speakers.reduce((h, s) => h + lines(`${s.name}, ${s.position ?? ''}`, 24, W) * 30 + 6, 0);
  const names = view.speakers.map((s) => s.name).join(', ');
  const short = lines(names, 24, W) * 30 + 6;
  const logo = view.logo === null ? 0 : 132;
  const room = 428 * 1.1; // the body may shrink a little (the title does not)
  if (view.speakers.length <= 2 && head + logo + full <= room) return { logo: view.logo, speakers: view.speakers, speakerNames: null };
  if (head + logo + short <= room) return { logo: view.logo, speakers: [], speakerNames: names };
  return { logo: null, speakers: [], speakerNames: names };
}

function draftSlides(view: BriefingView, level: Level, narrative: boolean): Draft[] {
  const w = view.words;
  const ctx = { lang: view.lang, words: w };
  const slides: Draft[] = [];
  const meta = [[view.date, view.time].filter((x) => x !== null).join(', '), view.city, view.venue].filter((x) => x !== null).join(' · ');
  slides.push({ kind: 'title', ...base(view.title), organization: view.organization, subtitle: view.subtitle, meta, ...titleParts(view, meta) } as Draft);
  if (view.keyFigures.length > 0 && !level.noKeyFigures) {
    slides.push({ kind: 'keyFigures', ...base(w['keyFigures'] ?? ''), figures: view.keyFigures, notes: notesOf(view.keyFigures) } as Draft);
  }
  if (narrative && view.lead !== null && !level.noLead) {
    slides.push(textSlide(w['lead'] ?? '', { paragraph: cutParagraph(view.lead[0]!, 420) }));
  }
  if (narrative && !level.noSections) {
    if (level.digest) {
      for (const chunk of chunkItems(view.sections, DIGEST, 1)) {
        slides.push(textSlide(w['sections'] ?? '', { digest: chunk.map(digestLine) }, slides.at(-1)?.title === w['sections']));
      }
    } else for (const s of view.sections) slides.push(...sectionSlides(s));
  }
  for (const g of view.statistics) slides.push({ kind: 'statistics', ...base(g.title), period: g.period, ...statisticsContent(g, ctx) } as Draft);
  for (const l of view.legal) slides.push({ kind: 'legal', ...base(l.title), ...legalContent(l, ctx) } as Draft);
  if (view.results.length > 0) {
    const room = BODY_ROOM - titleExtra(w['results'] ?? '');
    const all = chunkByHeight(view.results, bulletHeight, room);
    const chunks = level.oneList ? [all[0]!.slice(0, Math.max(1, all[0]!.length - (all.length > 1 ? 1 : 0)))] : all;
    const rest = view.results.length - chunks.flat().length;
    chunks.forEach((items, i) => {
      const more = i === chunks.length - 1 ? moreItems(rest, view.lang, w) : null;
      slides.push({ kind: 'results', ...base(w['results'] ?? '', i > 0), items: more === null ? items : [...items, more] } as Draft);
    });
  }
  const quotes = level.oneQuote ? view.quotes.slice(0, 1) : view.quotes;
  for (const q of quotes) {
    const photo = view.speakers.find((s) => s.name === q.speaker)?.photo ?? null;
    const first = q.paragraphs[0] ?? [];
    const max = photo === null ? 380 : 300;
    slides.push({
      kind: 'quote',
      ...base(w['quotes'] ?? ''),
      paragraphs: [cutParagraph(first, max)],
      speaker: q.speaker,
      position: q.position,
      photo,
    } as Draft);
  }
  if (view.contacts.length > 0) {
    const row = (c: { label: string; value: string }) => Math.max(lines(c.label, 28, 380), lines(c.value, 28, 380)) * 33.6 + 16;
    chunkByHeight(view.contacts, row, BODY_ROOM - 10).forEach((chunk, i) => {
      const content = contactsContent(chunk);
      slides.push({ kind: 'contacts', ...base(w['contacts'] ?? '', i > 0), ...content, qr: i === 0 ? contactsContent(view.contacts).qr : null } as Draft);
    });
  }
  return slides;
}

/**
 * The deck's slides: title, key figures, lead and sections, one slide per
 * statistics group and per legal change, results, quotes, contacts. When
 * these are more than the budget, the plan gives up, in order: sections as
 * a digest, quotes after the first, the lead, results after the first slide,
 * the sections, the key figures. `overBudget` when even that is too many.
 */
export function planSlides(view: BriefingView, options: PlanOptions = {}): SlidePlan {
  const budget = Math.max(1, Math.floor(Number(options.slideBudget ?? DEFAULT_BUDGET)) || DEFAULT_BUDGET);
  const narrative = options.narrative !== false;
  let drafts: Draft[] = [];
  for (const level of LEVELS) {
    drafts = draftSlides(view, level, narrative);
    if (drafts.length <= budget) break;
  }
  const slides = drafts.map((d, i) => ({ ...d, number: i + 1 }) as Slide);
  return { slides, budget, overBudget: slides.length > budget };
}

export { CAPACITY };
