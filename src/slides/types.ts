import type { ChartView, ContactView, FigureView, NoteView, Paragraph, SpeakerView } from '../view/types.js';

/**
 * The slide plan: which slides a deck has, in which order, and what each one
 * holds. Computed once from the BriefingView (src/slides/planSlides.ts); the
 * slides template and the PPTX writer both draw exactly these slides.
 * Every key is always present (null when empty): templates run in strict mode.
 */
export interface SlideBase {
  /** 1-based position in the deck. */
  number: number;
  /** The slide's title, the same size on every slide (the title slide's is the briefing's). */
  title: string;
  /** A continuation slide: its title is followed by the locale's «(продолжение)». */
  continued: boolean;
  /** The footnotes of the marks on this slide, and only those. */
  notes: NoteView[];
}

export interface TitleSlide extends SlideBase {
  kind: 'title';
  logo: string | null;
  organization: string;
  subtitle: string | null;
  /** When and where, the date once: «3 декабря 2025 г., 11:00 · Астана · …». */
  meta: string;
  /** Speakers shown with their positions (at most two)… */
  speakers: SpeakerView[];
  /** …or, when there are more, their names in one line. */
  speakerNames: string | null;
}

export interface FiguresSlide extends SlideBase {
  kind: 'keyFigures';
  figures: FigureView[];
}

export interface TextSlide extends SlideBase {
  kind: 'text';
  /** The first paragraph (cut at a sentence end when long), or null. */
  paragraph: Paragraph | null;
  points: string[];
  /** Several short sections on one slide (a digest), or empty. */
  digest: { title: string; text: string }[];
}

export interface StatisticsSlide extends SlideBase {
  kind: 'statistics';
  period: string | null;
  /** A chart (the group's, or one of its leading figures), or null. */
  chart: ChartView | null;
  /** A group of one figure: that figure as a big number. */
  big: FigureView | null;
  /** Figures as big-number rows (those the chart does not show). */
  figures: FigureView[];
  /** «ещё 238 показателей — в раздаточном материале», or null. */
  more: string | null;
}

export interface LegalSlide extends SlideBase {
  kind: 'legal';
  /** «Статья 440-1 КоАП РК · Действует с 11 марта 2025 г.» */
  reference: string;
  paragraph: Paragraph | null;
  figures: FigureView[];
  more: string | null;
}

export interface ListSlide extends SlideBase {
  kind: 'results';
  items: string[];
}

export interface QuoteSlide extends SlideBase {
  kind: 'quote';
  paragraphs: Paragraph[];
  speaker: string | null;
  position: string | null;
  photo: string | null;
}

import type { QrView } from '../assets/qrMatrix.js';

export interface ContactItem extends ContactView {
  qr: QrView | null;
}

export interface ContactsSlide extends SlideBase {
  kind: 'contacts';
  contacts: ContactItem[];
  /** The first contact that is a URL, drawn as a QR code of `text` (the address with its scheme), or null. */
  qr: (QrView & { value: string; text: string }) | null;
}

export type Slide = TitleSlide | FiguresSlide | TextSlide | StatisticsSlide | LegalSlide | ListSlide | QuoteSlide | ContactsSlide;

export interface SlidePlan {
  slides: Slide[];
  /** The budget asked for and whether the plan meets it. */
  budget: number;
  overBudget: boolean;
}

/** Theme options the plan reads (`options` in the slides theme). */
export interface PlanOptions {
  /** At most this many slides (default 15). */
  slideBudget?: number;
  /** Lead and sections as slides (default true). */
  narrative?: boolean;
}
