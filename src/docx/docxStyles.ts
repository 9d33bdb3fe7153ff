import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import type { Lang } from '../model/schema.js';

/** The fonts of the handout's theme, by the names Word and LibreOffice know them. */
export const SANS = 'PT Sans';
export const SERIF = 'PT Serif';
export const ACCENT = '1F3A5F';
export const MUTED = '4D4D4D';
export const TEXT = '1A1A1A';

/** w:lang of the document: the briefing's language with its region. */
export const WORD_LANG: Record<Lang, string> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-US' };

/**
 * Names of the heading styles as Word shows them in a document of that
 * language; the ids stay Heading1…3, so the navigation pane, outline levels
 * and a table of contents work in any Word or LibreOffice.
 */
const HEADING_NAME: Record<Lang, string> = { ru: 'Заголовок', kk: 'Тақырып', en: 'Heading' };

/** Half-points, as Word measures font sizes. */
const pt = (size: number): number => Math.round(size * 2);
/** Twentieths of a point (twips), as Word measures spacing. */
const tw = (points: number): number => Math.round(points * 20);

function heading(lang: Lang, level: 1 | 2 | 3, size: number, color: string, before: number) {
  return {
    id: `Heading${level}`,
    name: `${HEADING_NAME[lang]} ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: SANS, bold: true, size: pt(size), color },
    paragraph: { outlineLevel: level - 1, keepNext: true, keepLines: true, spacing: { before: tw(before), after: tw(4) } },
  };
}

/** The document's styles: PT Serif text, PT Sans headings and labels, the handout's colours and sizes. */
export function docxStyles(lang: Lang): IStylesOptions {
  const language = { value: WORD_LANG[lang] };
  return {
    default: {
      document: {
        run: { font: SERIF, size: pt(10.5), color: TEXT, language },
        paragraph: { spacing: { after: tw(4), line: 298, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      heading(lang, 1, 20, ACCENT, 0),
      heading(lang, 2, 12.5, ACCENT, 10),
      heading(lang, 3, 11.5, TEXT, 4),
      { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { font: SANS, size: pt(13), color: '3A3A3A' } },
      {
        id: 'BriefingMeta',
        name: 'Briefing Meta',
        basedOn: 'Normal',
        run: { font: SANS, size: pt(9.5), color: MUTED },
        paragraph: { spacing: { after: tw(8) } },
      },
      {
        id: 'BriefingLabel',
        name: 'Briefing Label',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: SANS, bold: true, size: pt(8), color: '595959' },
        paragraph: { keepNext: true },
      },
      { id: 'BriefingSans', name: 'Briefing Sans', basedOn: 'Normal', run: { font: SANS, size: pt(9.5) } },
      { id: 'Lead', name: 'Lead', basedOn: 'Normal', run: { font: SERIF, size: pt(10.5) }, paragraph: { alignment: AlignmentType.JUSTIFIED } },
      { id: 'BodyText', name: 'Body Text', basedOn: 'Normal', run: { font: SERIF, size: pt(10) }, paragraph: { alignment: AlignmentType.JUSTIFIED } },
      {
        id: 'Period',
        name: 'Period',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: SANS, italics: true, size: pt(9.5), color: MUTED },
        paragraph: { keepNext: true },
      },
      { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { font: SANS, size: pt(9) }, paragraph: { spacing: { before: tw(2), after: tw(2) } } },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        run: { font: SERIF, italics: true, size: pt(10.5) },
        paragraph: { indent: { left: tw(14) }, alignment: AlignmentType.JUSTIFIED },
      },
      {
        id: 'QuoteSpeaker',
        name: 'Quote Speaker',
        basedOn: 'Normal',
        run: { font: SANS, size: pt(9), color: MUTED },
        paragraph: { indent: { left: tw(14) }, spacing: { after: tw(10) } },
      },
      {
        id: 'Source',
        name: 'Source',
        basedOn: 'Normal',
        run: { font: SANS, italics: true, size: pt(8.5), color: '595959' },
        paragraph: { spacing: { before: tw(8) } },
      },
      { id: 'FootnoteText', name: 'footnote text', basedOn: 'Normal', run: { font: SANS, size: pt(8), color: MUTED } },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { font: SANS, size: pt(8), color: '595959' } },
    ],
  };
}

export { pt, tw };
