import { Document, Packer } from 'docx';
import type { BriefingView } from '../view/types.js';
import { docxBody, docxFootnotes } from './docxBlocks.js';
import { docxFooter, docxHeader } from './docxFooter.js';
import { loadPictures } from './docxImages.js';
import { docxStyles, tw } from './docxStyles.js';
import { normalizeDocx } from './normalizeDocx.js';
import { stripInvalidXmlChars } from '../template/xmlChars.js';

/** A4 in twips, and the handout theme's margins [top, right, bottom, left] in points. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = [60, 54, 56, 54] as const;

/**
 * The handout as an editable Word document, built from the same view as the
 * PDF (not converted from it). Same input, same bytes: the package's dates
 * are the briefing's day and its zip is written without clocks or random ids.
 */
export async function renderDocx(view: BriefingView): Promise<Uint8Array> {
  const ctx = { lang: view.lang, words: view.words, pictures: await loadPictures(view) };
  const textWidth = A4.width - tw(MARGIN[1]) - tw(MARGIN[3]);
  const doc = new Document({
    title: stripInvalidXmlChars(view.meta.title),
    creator: stripInvalidXmlChars(view.meta.author),
    lastModifiedBy: stripInvalidXmlChars(view.meta.author),
    subject: stripInvalidXmlChars(view.meta.subject),
    keywords: stripInvalidXmlChars(view.meta.keywords),
    description: stripInvalidXmlChars(view.meta.subject),
    revision: 1,
    styles: docxStyles(view.lang),
    footnotes: docxFootnotes(view, ctx),
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: tw(MARGIN[0]), right: tw(MARGIN[1]), bottom: tw(MARGIN[2]), left: tw(MARGIN[3]), header: tw(24), footer: tw(24) },
          },
        },
        headers: { default: docxHeader(view, ctx) },
        footers: { default: docxFooter(view, ctx, textWidth) },
        children: docxBody(view, ctx),
      },
    ],
  });
  const packed = await Packer.toBuffer(doc);
  return normalizeDocx(new Uint8Array(packed), view.meta.creationDate);
}
