import type { Problem } from '../diagnostics/problem.js';
import type { StyledBlock, StyledDocument } from '../style/types.js';
import type { DocumentMeta } from '../view/types.js';
import type { LayoutContext } from './context.js';
import { layoutBlocks } from './blocks/layoutBlocks.js';
import { Paginator, stack } from './paginate/paginate.js';
import { shiftItems } from './paginate/shiftItems.js';
import { StructBuilder } from './structure.js';
import type { DrawItem, FontMetrics, Hyphenator, ImageMetrics, LaidOutDocument } from './types.js';

export interface LayoutOptions {
  metrics: FontMetrics;
  images: ImageMetrics;
  hyphenator: Hyphenator;
  meta: DocumentMeta;
  onWarning?: ((problem: Problem) => void) | undefined;
}

/**
 * The layout stage, in three phases:
 *   collect    — measure every block once into fragments (lines, rows, boxes);
 *   distribute — the paginator places fragments on pages;
 *   finalize   — header and footer on every page, now that the page count is known.
 */
export function layoutDocument(doc: StyledDocument, options: LayoutOptions): LaidOutDocument {
  const structure = new StructBuilder();
  const seen = new Set<string>();
  const ctx: LayoutContext = {
    metrics: options.metrics,
    images: options.images,
    hyphenator: options.hyphenator,
    lang: doc.lang,
    structure,
    fields: null,
    warn: (p) => {
      if (seen.has(p.message)) return;
      seen.add(p.message);
      options.onWarning?.(p);
    },
  };
  const { width: pageWidth, height: pageHeight, margin } = doc.page;
  const [top, right, bottom, left] = margin;
  const box = { x: left, width: pageWidth - left - right };

  // collect
  const body = layoutBlocks(doc.body, { ...box, struct: structure.root.id }, ctx);
  // distribute
  const pages = new Paginator({ top, bottom: pageHeight - bottom }).place(body).finish();
  while (pages.length > 1 && pages[pages.length - 1]!.length === 0) pages.pop();
  // finalize
  const pageCount = pages.length;
  const decorate = (blocks: StyledBlock[], y: number, pageNumber: number): DrawItem[] => {
    if (blocks.length === 0) return [];
    const fieldCtx: LayoutContext = { ...ctx, fields: { pageNumber, pageCount } };
    return shiftItems(stack(layoutBlocks(blocks, { ...box, struct: 'artifact' }, fieldCtx)).items, y);
  };
  return {
    width: pageWidth,
    height: pageHeight,
    meta: options.meta,
    structure: structure.root,
    pages: pages.map((items, i) => ({
      items: [
        ...decorate(doc.header, doc.page.header, i + 1),
        ...items,
        ...decorate(doc.footer, pageHeight - doc.page.footer, i + 1),
      ],
    })),
  };
}
