import { inflateSync } from 'node:zlib';
import { BriefingError } from '../diagnostics/briefingError.js';
import type { LaidOutDocument } from '../layout/types.js';
import { svgDataImages } from './svgDataImages.js';
import { inspectImage } from '../assets/inspectImage.js';
import { LIMITS } from '../diagnostics/limits.js';
import { readRegularFileSync } from '../diagnostics/readRegularFile.js';

/**
 * An image ready to draw: a raster already embedded, or the text of an SVG
 * with the embedded rasters (`data:` links) it may draw, already embedded.
 */
export type SvgToPdf = typeof import('svg-to-pdfkit');

export type PreparedImage = { kind: 'raster' } | { kind: 'svg'; svg: string; images: ReadonlySet<string>; draw: SvgToPdf };

/** svg-to-pdfkit, loaded the first time a document has an SVG (most start-ups never need it). */
let svgToPdf: Promise<SvgToPdf> | undefined;
const loadSvgToPdf = () => (svgToPdf ??= import('svg-to-pdfkit').then((m) => m.default as SvgToPdf));

/** The parts of pdfkit's image objects (PNGImage, JPEG) this module relies on. */
interface PdfkitImage {
  embed(pdf: unknown): void;
  /** PNGImage only: writes the object, possibly after an asynchronous inflate. */
  finalize?: () => unknown;
  /** PNGImage only: the compressed pixel data. */
  imgData?: Uint8Array;
}

interface OpensImages {
  /** Opens an image and registers it under its path, so `image(path)` reuses it. */
  openImage(src: string): PdfkitImage;
}

function badImage(src: string, reason: string): BriefingError {
  return new BriefingError([
    {
      code: 'bad-image',
      severity: 'error',
      file: src,
      message: `не удалось прочитать изображение: ${reason}`,
      expected: 'PNG, JPEG или SVG',
    },
  ]);
}

/**
 * Embeds a raster image now and waits until its object is written. pdfkit
 * inflates PNGs with transparency asynchronously; two such images could
 * finish in either order and the bytes of the file would vary. One at a
 * time, before the first page, their place in the file is fixed.
 */
function embedNow(pdf: PDFKit.PDFDocument, image: PdfkitImage): Promise<void> {
  return new Promise((resolve) => {
    const finalize = image.finalize?.bind(image);
    if (finalize) {
      image.finalize = () => {
        const result = finalize();
        resolve();
        return result;
      };
    }
    image.embed(pdf);
    if (!finalize) resolve();
  });
}

async function prepareRaster(pdf: PDFKit.PDFDocument, src: string): Promise<PreparedImage> {
  let image: PdfkitImage;
  try {
    image = (pdf as unknown as OpensImages).openImage(src);
    // A corrupt PNG would otherwise throw inside pdfkit's asynchronous inflate, out of reach.
    if (image.imgData && image.finalize) inflateSync(image.imgData);
  } catch (error) {
    throw badImage(src, error instanceof Error ? error.message : String(error));
  }
  await embedNow(pdf, image);
  return { kind: 'raster' };
}

/**
 * Reads and checks the image once more right before it is embedded (the
 * file may have changed since it was validated): a regular file within the
 * limits, whole (see inspectImage); only then does pdfkit decode it.
 */
async function prepareImage(pdf: PDFKit.PDFDocument, src: string): Promise<PreparedImage> {
  const data = readRegularFileSync(src, LIMITS.imageBytes);
  if (!(data instanceof Uint8Array))
    throw badImage(src, data.kind === 'too-big' ? 'файл больше 10 МБ' : data.kind === 'not-file' ? `это ${data.what}` : 'файл не найден');
  const verdict = inspectImage(data);
  if (!verdict.ok) throw badImage(src, verdict.reason);
  if (verdict.kind !== 'svg') return prepareRaster(pdf, src);
  const svg = new TextDecoder().decode(data);
  return { kind: 'svg', svg, images: await prepareSvgImages(pdf, svg), draw: await loadSvgToPdf() };
}

/**
 * The rasters an SVG embeds as `data:image/png` or `data:image/jpeg` links,
 * embedded now, one at a time, like the document's own images (fixed bytes,
 * no asynchronous error out of reach). One that cannot be read is left out:
 * the SVG draws without it. Nothing else is ever opened (see drawImage).
 */
async function prepareSvgImages(pdf: PDFKit.PDFDocument, svg: string): Promise<Set<string>> {
  const usable = new Set<string>();
  for (const link of svgDataImages(svg)) {
    if (usable.has(link)) continue;
    const bytes = Buffer.from(link.slice(link.indexOf(',') + 1), 'base64');
    if (!inspectImage(bytes).ok) continue; // broken or past the limits: drawn without it
    try {
      const image = (pdf as unknown as OpensImages).openImage(link);
      if (image.imgData && image.finalize) inflateSync(image.imgData);
      await embedNow(pdf, image);
      usable.add(link);
    } catch {
      // left out: the SVG is drawn without this picture
    }
  }
  return usable;
}

/** Every image of the document, in order of first use, prepared one at a time. */
export async function prepareImages(pdf: PDFKit.PDFDocument, doc: LaidOutDocument): Promise<Map<string, PreparedImage>> {
  const images = new Map<string, PreparedImage>();
  for (const page of doc.pages) {
    for (const item of page.items) {
      if (item.kind !== 'image' || images.has(item.src)) continue;
      images.set(item.src, await prepareImage(pdf, item.src));
    }
  }
  return images;
}
