import type { DrawItem } from '../layout/types.js';
import type { FontLibrary } from '../assets/fontLibrary.js';
import type { PreparedImage } from './prepareImages.js';

/** What a drawer needs: the pdfkit document and the assets prepared for it. */
export interface DrawContext {
  pdf: PDFKit.PDFDocument;
  fonts: FontLibrary;
  /** Images by `src`, read and embedded before the first page. */
  images: ReadonlyMap<string, PreparedImage>;
  /** Registers a font of the library with pdfkit if it is not yet (text inside an SVG), and gives its name. */
  useFont(fontId: string): string;
}

/** Draws one kind of item; it never measures or moves anything. */
export type Drawer<T extends DrawItem> = (ctx: DrawContext, item: T) => void;
