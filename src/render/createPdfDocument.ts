import PDFDocument from 'pdfkit';
import type { LaidOutDocument } from '../layout/types.js';
import { xmpPacket } from './xmpPacket.js';
import { deflateStream } from './deflateStream.js';
import { concatBytes } from './collectBytes.js';

/** Catalog `/Lang` for the briefing's language. */
const LANG_TAGS: Record<string, string> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };

export const PRODUCER = 'briefing';

/** The parts of pdfkit's document this module reaches past the public API for. */
interface PdfkitInternals {
  /** Set by pdfkit for PDF/A: the part (2) and the conformance level (`A`). */
  subset?: number;
  subset_conformance?: string;
  _root: { data: Record<string, unknown> };
  ref(data: Record<string, unknown>): { compress: boolean; write(chunk: Uint8Array): void; end(): void };
}

/** The parts of pdfkit's PDFReference the compression below relies on. */
interface PdfkitReference {
  compress: boolean;
  buffer: Uint8Array[];
  finalize(): void;
}

/** pdfkit's document with the XMP metadata written correctly (see xmpPacket). */
class BriefingPdfDocument extends PDFDocument {
  /** pdfkit's references, their streams deflated at a cheaper level (see deflateStream; pdfkit writes `/FlateDecode` as before). */
  override ref(data?: Record<string, unknown>): PDFKit.PDFKitReference {
    const ref = super.ref(data ?? {}) as unknown as PdfkitReference;
    const finalize = ref.finalize.bind(ref);
    ref.finalize = () => {
      if (ref.compress && ref.buffer.length > 0) {
        ref.buffer = [deflateStream(concatBytes(ref.buffer))];
        ref.compress = false;
      }
      finalize();
    };
    return ref as unknown as PDFKit.PDFKitReference;
  }

  /**
   * Replaces pdfkit's MetadataMixin.endMetadata, called once by `end()`: pdfkit
   * writes the info unescaped (a title with `&` or `<` would break the packet),
   * without xmp:ModifyDate, and with a stray `/length` key in the stream.
   */
  override endMetadata(): void {
    const self = this as unknown as PdfkitInternals;
    const pdfa = self.subset ? { part: self.subset, conformance: self.subset_conformance ?? 'B' } : null;
    const packet = new TextEncoder().encode(xmpPacket(this.info, pdfa));
    // The metadata stream stays uncompressed, as PDF/A wants, so that any tool can read it.
    const ref = self.ref({ Type: 'Metadata', Subtype: 'XML' });
    ref.compress = false;
    ref.write(packet);
    ref.end();
    self._root.data['Metadata'] = ref;
  }
}

/** The info dictionary; empty texts are left out (pdfkit hashes every entry into the file /ID). */
function documentInfo(meta: LaidOutDocument['meta']): PDFKit.DocumentInfo {
  const info: PDFKit.DocumentInfo = {
    Title: meta.title,
    Author: meta.author,
    Subject: meta.subject,
    Keywords: meta.keywords,
    Creator: PRODUCER,
    Producer: PRODUCER,
    CreationDate: meta.creationDate,
    ModDate: meta.creationDate,
  };
  for (const key of ['Title', 'Author', 'Subject', 'Keywords'] as const) {
    if (!info[key]?.trim()) delete info[key];
  }
  return info;
}

/**
 * A pdfkit document for a laid-out briefing: no automatic page, metadata from
 * `doc.meta`, tagged, PDF 1.7 (PDF/A-2a when asked). Everything that goes into
 * it is fixed by the input, so the same input gives the same bytes: the file
 * /ID is an MD5 of the info (dates included) and the font subset tags derive
 * from pdfkit's per-document font ids (F1, F2…), not from chance.
 */
export function createPdfDocument(doc: LaidOutDocument, options: { pdfa: boolean }): PDFKit.PDFDocument {
  const { meta } = doc;
  const pdf = new BriefingPdfDocument({
    autoFirstPage: false,
    compress: true,
    pdfVersion: '1.7',
    size: [doc.width, doc.height],
    margin: 0,
    // No default font: pdfkit would otherwise load Helvetica for nothing.
    font: null as unknown as string,
    tagged: true,
    lang: LANG_TAGS[meta.lang] ?? meta.lang,
    displayTitle: true,
    ...(options.pdfa ? { subset: 'PDF/A-2a' as const } : {}),
    info: documentInfo(meta),
  });
  return pdf;
}
