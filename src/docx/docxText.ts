import { FootnoteReferenceRun, Paragraph, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { Lang } from '../model/schema.js';
import type { Paragraph as ViewParagraph } from '../view/types.js';
import { typeset, typesetParagraph } from '../layout/typography/typeset.js';
import type { DocxPicture } from './docxImages.js';

/** What every block builder needs: the language (typography) and the locale's words. */
export interface DocxContext {
  lang: Lang;
  words: Record<string, string>;
  /** The logo and the photos, by path (docxImages.ts). */
  pictures: ReadonlyMap<string, DocxPicture>;
}

/** A run of a plain string, typeset. */
export function plainRun(ctx: DocxContext, text: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun {
  return new TextRun({ text: typeset(text, ctx.lang), ...options });
}

/** The runs of a paragraph of a *text* field: bold and italic as in the data. */
export function richRuns(ctx: DocxContext, paragraph: ViewParagraph): TextRun[] {
  return typesetParagraph(paragraph, ctx.lang).map((run) => new TextRun({ text: run.text, bold: run.bold || undefined, italics: run.italic || undefined }));
}

/** A paragraph of one plain string in `style`. */
export function plainParagraph(ctx: DocxContext, text: string, style: string, extra: Omit<IParagraphOptions, 'style' | 'children'> = {}): Paragraph {
  return new Paragraph({ style, ...extra, children: [plainRun(ctx, text)] });
}

/** A paragraph of arbitrary children in `style`. */
export function paragraphOf(style: string, children: ParagraphChild[], extra: Omit<IParagraphOptions, 'style' | 'children'> = {}): Paragraph {
  return new Paragraph({ style, ...extra, children });
}

/** The reference to footnote `mark` («1», «2»…), or nothing. */
export function noteReference(mark: string | null): ParagraphChild[] {
  const id = mark === null ? NaN : Number(mark);
  return Number.isInteger(id) && id > 0 ? [new FootnoteReferenceRun(id)] : [];
}
