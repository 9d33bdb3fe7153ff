import type { Lang } from '../model/schema.js';

/**
 * BriefingView: everything a template shows, already formatted for `lang`.
 * Every key is always present (null when the data has no value), because the
 * templates run under Handlebars `strict` mode.
 */

/** A run of inline text inside a paragraph of a *text* field. */
export interface InlineRun {
  text: string;
  bold: boolean;
  italic: boolean;
}
/** One paragraph of a *text* field: runs in order. */
export type Paragraph = InlineRun[];

export interface FigureView {
  label: string;
  /** Qualifier, value and unit joined by U+00A0: «почти 46 кг». */
  display: string;
  qualifier: string | null;
  /** The value alone in the number format of `lang`: «1 263», «55,6». */
  value: string;
  /** The unit chosen by plural rules, or null. */
  unit: string | null;
  /** The raw number, for charts. */
  number: number;
  id: string | null;
  /** Id of the parent item (`of`), or null. */
  of: string | null;
  /** 0 for a top-level item, 1 for a part of it, 2 for a part of a part… */
  depth: number;
  /** «29,7 % от 698», or null (no `of`, or the parent is zero). */
  share: string | null;
  /** The share as a number (29.7), or null. */
  sharePercent: number | null;
  /** «+12,5 % к прошлому периоду», or null (no `previous`). */
  change: string | null;
  changeDirection: 'up' | 'down' | 'same' | null;
  /** The previous value formatted with qualifier-less unit, or null. */
  previous: string | null;
  note: string | null;
  /** Footnote mark («1», «2»…) when `note` is set, numbered per document. */
  noteMark: string | null;
}

export interface NoteView {
  mark: string;
  text: string;
}

export interface StatGroupView {
  title: string;
  period: string | null;
  chart: 'auto' | 'bar' | 'none';
  items: FigureView[];
  /** The notes of this group's items, in order. */
  notes: NoteView[];
}

export interface SpeakerView {
  name: string;
  position: string | null;
  organization: string | null;
  /** Absolute path of the photo, or null. */
  photo: string | null;
}

export interface SectionView {
  title: string;
  paragraphs: Paragraph[] | null;
  points: string[] | null;
}

export interface LegalView {
  act: string;
  article: string | null;
  /** «Статья 440-1 КоАП РК» or «КоАП РК» when there is no article. */
  reference: string;
  title: string;
  /** «11 марта 2025 г.», or null. */
  effective: string | null;
  paragraphs: Paragraph[] | null;
  items: FigureView[];
  notes: NoteView[];
}

export interface QuoteView {
  paragraphs: Paragraph[];
  speaker: string | null;
  /** The speaker's position, when the speaker is one of `speakers`. */
  position: string | null;
}

export interface ContactView {
  label: string;
  value: string;
}

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  lang: Lang;
  /** The briefing's date at 00:00 UTC: the PDF creation date. */
  creationDate: Date;
}

export interface BriefingView {
  lang: Lang;
  /** The template's own words from `locales/<lang>.json`. */
  words: Record<string, string>;
  meta: DocumentMeta;
  title: string;
  subtitle: string | null;
  /** «3 декабря 2025 г.» */
  date: string;
  time: string | null;
  city: string | null;
  venue: string | null;
  organization: string;
  /** Absolute path of the logo, or null. */
  logo: string | null;
  source: string | null;
  speakers: SpeakerView[];
  lead: Paragraph[] | null;
  /** The few figures shown big on top (at most 4), never empty when there are statistics. */
  keyFigures: FigureView[];
  sections: SectionView[];
  statistics: StatGroupView[];
  results: string[];
  legal: LegalView[];
  quotes: QuoteView[];
  contacts: ContactView[];
}
