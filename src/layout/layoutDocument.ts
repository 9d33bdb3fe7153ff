import type { Problem } from '../diagnostics/problem.js';
import type { StyledBlock, StyledDocument } from '../style/types.js';
import type { DocumentMeta } from '../view/types.js';
import type { BlockBox, LayoutContext } from './context.js';
import { layoutBlocks } from './blocks/layoutBlocks.js';
import type { Fragment } from './fragments.js';
import { PageDecorations } from './pageDecorations.js';
import type { PageArea } from './paginate/paginate.js';
import { paginateKeepingTails } from './paginate/keepTails.js';
import { sharedGridWants } from './blocks/tableGrid.js';
import { StructBuilder } from './structure.js';
import type { DrawItem, FontMetrics, Hyphenator, ImageMetrics, LaidOutDocument } from './types.js';

export interface LayoutOptions {
  metrics: FontMetrics;
  images: ImageMetrics;
  hyphenator: Hyphenator;
  meta: DocumentMeta;
  onWarning?: ((problem: Problem) => void) | undefined;
}

/** Collect: every block measured once into fragments (lines, rows, boxes), by the module of its kind. */
export function collectFragments(body: readonly StyledBlock[], box: BlockBox, ctx: LayoutContext): Fragment[] {
  // Tables of one grid are measured together first, so that they share their column widths.
  return layoutBlocks(body, box, { ...ctx, tableWants: sharedGridWants(body, ctx) });
}

/** Distribute: the paginator places the fragments on pages of the body's area; trailing empty pages are dropped. */
export function distributeFragments(fragments: readonly Fragment[], area: PageArea): DrawItem[][] {
  const pages = paginateKeepingTails(fragments, area);
  while (pages.length > 1 && pages[pages.length - 1]!.length === 0) pages.pop();
  return pages;
}

/** Finalize: header and footer on every page, now that the page count is known. */
export function finalizePages(
  doc: StyledDocument,
  pages: readonly DrawItem[][],
  decorations: PageDecorations,
  structure: StructBuilder,
  meta: DocumentMeta,
): LaidOutDocument {
  decorations.pageCount = pages.length;
  return {
    width: doc.page.width,
    height: doc.page.height,
    meta,
    structure: structure.root,
    pages: pages.map((items, i) => {
      const { header, footer } = decorations.itemsFor(i + 1);
      return { items: [...header, ...items, ...footer] };
    }),
  };
}

/** The context every block's layout gets; a warning is passed on once per message. */
function createContext(doc: StyledDocument, options: LayoutOptions, structure: StructBuilder): LayoutContext {
  const seen = new Set<string>();
  return {
    metrics: options.metrics,
    images: options.images,
    hyphenator: options.hyphenator,
    lang: doc.lang,
    structure,
    fields: null,
    contentHeight: doc.page.height - doc.page.margin[0] - doc.page.margin[2],
    warn: (p) => {
      if (seen.has(p.message)) return;
      seen.add(p.message);
      options.onWarning?.(p);
    },
  };
}

/**
 * The layout stage, in three phases (Typst's collect → distribute →
 * finalize): measure the body into fragments, place them on pages, then
 * add header and footer to every page.
 */
export function layoutDocument(doc: StyledDocument, options: LayoutOptions): LaidOutDocument {
  const structure = new StructBuilder();
  const ctx = createContext(doc, options, structure);
  const [, right, , left] = doc.page.margin;
  const box = { x: left, width: doc.page.width - left - right };
  const decorations = new PageDecorations(doc, ctx, box);
  const area = decorations.bodyArea();
  const fragments = collectFragments(doc.body, { ...box, struct: structure.root.id }, ctx);
  const pages = distributeFragments(fragments, area);
  return finalizePages(doc, pages, decorations, structure, options.meta);
}
