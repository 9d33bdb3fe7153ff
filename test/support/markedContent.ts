/**
 * What a PDF's content streams draw outside marked content, and which text is
 * marked as an artifact, read with pdf.js's operator list and text content.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Operators that put something on the page. */
const PAINTING = new Map<number, string>(
  (
    [
      'showText',
      'showSpacedText',
      'nextLineShowText',
      'nextLineSetSpacingShowText',
      'stroke',
      'closeStroke',
      'fill',
      'eoFill',
      'fillStroke',
      'eoFillStroke',
      'closeFillStroke',
      'closeEOFillStroke',
      'shadingFill',
      'paintXObject',
      'paintImageXObject',
      'paintInlineImageXObject',
      'paintImageMaskXObject',
      'paintImageMaskXObjectGroup',
      'paintInlineImageXObjectGroup',
      'paintImageXObjectRepeat',
      'paintImageMaskXObjectRepeat',
      'paintSolidColorImageMask',
    ] as const
  ).map((name) => [OPS[name], name]),
);

export interface MarkedContentReport {
  /** Painting operators outside any marked content: `page 1: showText`. */
  unmarked: string[];
  /** Marked-content sections left open at the end of a page, or closed without being opened. */
  unbalanced: string[];
  /** Per page, the text drawn inside /Artifact marked content. */
  artifactText: string[];
  /** Per page, the text drawn inside marked content tied to the structure tree (with an MCID). */
  taggedText: string[];
}

async function open(bytes: Uint8Array) {
  return getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
}

/** Reads every page's operators and marked text. */
export async function markedContent(bytes: Uint8Array): Promise<MarkedContentReport> {
  const pdf = await open(bytes);
  const report: MarkedContentReport = { unmarked: [], unbalanced: [], artifactText: [], taggedText: [] };
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const ops = await page.getOperatorList();
      let depth = 0;
      ops.fnArray.forEach((fn) => {
        if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) depth++;
        else if (fn === OPS.endMarkedContent) {
          depth--;
          if (depth < 0) report.unbalanced.push(`page ${n}: EMC without BMC/BDC`);
        } else if (depth <= 0 && PAINTING.has(fn)) report.unmarked.push(`page ${n}: ${PAINTING.get(fn)}`);
      });
      if (depth > 0) report.unbalanced.push(`page ${n}: ${depth} marked-content sections left open`);
      const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
      const stack: ('artifact' | 'tagged' | 'other')[] = [];
      let artifact = '';
      let tagged = '';
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
            // pdf.js gives the tag too, though its types leave it out.
            const tag = (item as { tag?: string }).tag;
            stack.push(tag === 'Artifact' ? 'artifact' : item.id ? 'tagged' : 'other');
          } else if (item.type === 'endMarkedContent') stack.pop();
          continue;
        }
        if (stack.includes('artifact')) artifact += item.str + (item.hasEOL ? '\n' : '');
        else if (stack.includes('tagged')) tagged += item.str + (item.hasEOL ? '\n' : '');
      }
      report.artifactText.push(artifact);
      report.taggedText.push(tagged);
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return report;
}
