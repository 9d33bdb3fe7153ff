/**
 * Reads a PDF back with pdf.js (legacy build, no worker) for tests: the text of
 * every page with positions and fonts, the document info, the XMP metadata,
 * the language, the fonts and whether they are embedded, the structure tree.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  str: string;
  /** Left end of the baseline, in pt, origin at the top left of the page (as layout). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The font's PostScript name without the subset tag: `PTSans-Regular`. */
  fontName: string;
}

export interface PdfStructNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: PdfStructNode[];
}

export interface PdfPage {
  /** The page's text items joined (a line break after each item that ends a line). */
  text: string;
  items: PdfTextItem[];
  width: number;
  height: number;
  /** The page's tagged structure as pdf.js sees it, or null when untagged. */
  structTree: PdfStructNode | null;
}

export interface PdfFont {
  /** PostScript name as in the file, subset tag included: `BAAAAA+PTSans-Regular`. */
  name: string;
  /** The font program is in the file. */
  embedded: boolean;
}

export interface ReadPdf {
  pages: PdfPage[];
  /** The info dictionary as pdf.js gives it (Title, Author, Subject, Keywords, Creator, Producer, CreationDate…). */
  info: Record<string, unknown>;
  /** The document language (catalog /Lang), if any. */
  lang?: string;
  /** The XMP metadata (`dc:title`, `dc:creator`…), or null when there is none. */
  xmp: Record<string, unknown> | null;
  /** Every font used on any page, once. */
  fonts: PdfFont[];
}

interface PdfjsFont {
  name?: string;
  loadedName?: string;
  missingFile?: boolean;
}

/** `BAAAAA+PTSans-Regular` → `PTSans-Regular`. */
export function withoutSubsetTag(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, '');
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    fontExtraProperties: true,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const fonts = new Map<string, PdfFont>();
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const height = y1 - y0;
      const names = new Map<string, string>();
      const ops = await page.getOperatorList();
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.setFont) return;
        const loadedName = (ops.argsArray[i] as [string])[0];
        const font = page.commonObjs.get(loadedName) as PdfjsFont;
        const name = font.name ?? loadedName;
        names.set(loadedName, withoutSubsetTag(name));
        fonts.set(name, { name, embedded: font.missingFile !== true });
      });
      const content = await page.getTextContent({ disableNormalization: true });
      const items: PdfTextItem[] = [];
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
        if (item.str === '') continue;
        const transform = item.transform as number[];
        items.push({
          str: item.str,
          x: (transform[4] ?? 0) - x0,
          y: height - ((transform[5] ?? 0) - y0),
          width: item.width,
          height: item.height,
          fontName: names.get(item.fontName) ?? item.fontName,
        });
      }
      const structTree = (await page.getStructTree()) as PdfStructNode | null;
      pages.push({ text, items, width: x1 - x0, height, structTree });
      page.cleanup();
    }
    const meta = await pdf.getMetadata();
    const info = { ...(meta.info as Record<string, unknown>) };
    const lang = typeof info.Language === 'string' ? info.Language : undefined;
    const xmp = meta.metadata ? (meta.metadata.getAll() as Record<string, unknown>) : null;
    return { pages, info, lang, xmp, fonts: [...fonts.values()] };
  } finally {
    await pdf.destroy();
  }
}
