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
  /** The change without the period words («+12,5 %», «+6,7 п. п.»): a table says the period once, in its header. */
  changeValue: string | null;
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

/** One bar of a chart: a figure, with what the chart prints beside it. */
export interface ChartBarView {
  label: string;
  /** The raw value: the bar's length. */
  number: number;
  /** The figure as printed: «698 фактов». */
  display: string;
  /** What the chart prints at the bar: the display, with the share («29,7 % от 698») or the change («+12,4 %») in parentheses. */
  valueLabel: string;
  /** 0 for the first bar of a part-of chain (funnel), 1 for a part of it…; 0 in plain bars. */
  depth: number;
  /** The value of the item this one is a part of (a funnel draws it as the bar's outline), or null. */
  parentNumber: number | null;
  /** «29,7 % от 698», or null. */
  share: string | null;
  /** The previous value (`previous`), drawn as a second bar, or null. */
  previousNumber: number | null;
  /** «прошлый период: 621 факт», printed at the previous bar, or null. */
  previousLabel: string | null;
  /** The change without the period words: «+12,4 %», «без изменений», or null. */
  change: string | null;
}

/** A tick of a chart's value axis: a round number and its label in the format of `lang`. */
export interface ChartTickView {
  number: number;
  label: string;
}

/**
 * The chart of a statistics group. `bars`: comparable figures (one unit) as
 * horizontal bars on one axis with round ticks; `funnel`: a part-of chain
 * (`of`) as nested bars with their shares, no axis.
 */
export interface ChartView {
  kind: 'bars' | 'funnel';
  bars: ChartBarView[];
  /** Round values from 0 up to at least the largest bar; empty for a funnel. */
  ticks: ChartTickView[];
  /** The chart as a sentence with all its figures: the text equivalent for the tagged PDF. */
  alt: string;
  /** The group's figures the chart does not show (another unit), in data order. */
  others: FigureView[];
}

export interface StatGroupView {
  title: string;
  period: string | null;
  /**
   * The chart the group gets, or null: `chart: none` in the data, or `auto`
   * found no fitting form (a single figure, figures with different units, too many).
   */
  chart: ChartView | null;
  /**
   * A group too long for `auto` to chart (no `chart: none`): bars of its
   * largest set of figures with one unit, without the limit; the slides show
   * its leading bars. Null otherwise.
   */
  wideChart?: ChartView | null;
  items: FigureView[];
  /** The notes of this group's items, in order. */
  notes: NoteView[];
  /** Some item has a share / a change: the table shows that column. */
  hasShare: boolean;
  hasChange: boolean;
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
  hasShare: boolean;
  hasChange: boolean;
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
  /** Some speaker has a photo: the handout then sets every speaker beside a photo column, so that all line up. */
  speakerPhotos: boolean;
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
