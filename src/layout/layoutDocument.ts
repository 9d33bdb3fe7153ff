import { BriefingError } from '../diagnostics/briefingError.js';
import type { Problem } from '../diagnostics/problem.js';
import type { StyledBlock, StyledDocument } from '../style/types.js';
import type { DocumentMeta } from '../view/types.js';
import type { LayoutContext } from './context.js';
import { layoutBlocks } from './blocks/layoutBlocks.js';
import { Paginator, stack } from './paginate/paginate.js';
import { shiftItems } from './paginate/shiftItems.js';
import { itemAnchor } from './paginate/itemGeometry.js';
import { StructBuilder } from './structure.js';
import type { DrawItem, FontMetrics, Hyphenator, ImageMetrics, LaidOutDocument } from './types.js';

/** Whether a styled tree shows `page-number` or `page-count`. */
function hasField(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasField);
  if (node === null || typeof node !== 'object') return false;
  return (node as { kind?: unknown }).kind === 'field' || Object.values(node).some(hasField);
}

/** Least height the header, footer and margins must leave for the body, pt (less would never paginate). */
const MIN_BODY_HEIGHT = 36;

function noRoomError(height: number): BriefingError {
  return new BriefingError([{
    code: 'theme', severity: 'error',
    message: `для текста на странице остаётся ${Math.max(0, Math.round(height))} пт по высоте, нужно не меньше ${MIN_BODY_HEIGHT}: колонтитулы или поля темы слишком велики`,
    hint: 'уменьшите page.margin, page.header, page.footer или кегль колонтитулов (styles.header, styles.footer)',
  }]);
}

/** Least space between the header (footer) and the body, pt. */
const HEADER_GAP = 6;

/**
 * A header or a footer takes at most this share of the page: what is past it
 * is not drawn. Without it a 10,000-character organization in the footer
 * would leave a line of body per page and lay the footer out once for each
 * of hundreds of pages.
 */
const DECORATION_SHARE = 0.2;

/**
 * The items of a header or footer that sit within `cap` pt (the first line
 * always stays), and the height capped.
 */
function capDecoration(laid: { items: DrawItem[]; height: number }, cap: number): { items: DrawItem[]; height: number } {
  if (laid.height <= cap) return laid;
  const first = Math.min(...laid.items.map(itemAnchor));
  const limit = Math.max(cap, first);
  return { items: laid.items.filter((item) => itemAnchor(item) <= limit), height: Math.min(laid.height, cap) };
}

/** Room for a footer: from its top to the page's bottom safe edge, pt. */
const FOOTER_SAFE = 14;

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
    contentHeight: doc.page.height - doc.page.margin[0] - doc.page.margin[2],
    warn: (p) => {
      if (seen.has(p.message)) return;
      seen.add(p.message);
      options.onWarning?.(p);
    },
  };
  const { width: pageWidth, height: pageHeight, margin } = doc.page;
  const [top, right, bottom, left] = margin;
  const box = { x: left, width: pageWidth - left - right };

  let pageCount = 1;
  // A header or footer without page fields is the same on every page: laid out once.
  const same = new Map<StyledBlock[], ReturnType<typeof stack>>();
  const lineCache = new WeakMap<object, Map<number, unknown>>();
  const decoration = (blocks: StyledBlock[], pageNumber: number) => {
    const known = same.get(blocks);
    if (known) return known;
    const fieldCtx: LayoutContext = { ...ctx, fields: { pageNumber, pageCount }, lineCache };
    const cap = blocks === doc.footer ? Math.max(0, doc.page.footer - FOOTER_SAFE) : pageHeight * DECORATION_SHARE;
    const laid = capDecoration(stack(layoutBlocks(blocks, { ...box, struct: 'artifact' }, fieldCtx)), cap);
    if (!hasField(blocks)) same.set(blocks, laid);
    return laid;
  };
  // The body never runs under the header or into the footer, whatever their size.
  const headerBottom = doc.header.length ? doc.page.header + decoration(doc.header, 1).height + HEADER_GAP : 0;
  const footerTop = doc.footer.length ? pageHeight - doc.page.footer - HEADER_GAP : pageHeight;
  const area = { top: Math.max(top, headerBottom), bottom: Math.min(pageHeight - bottom, footerTop) };
  if (area.bottom - area.top < MIN_BODY_HEIGHT) throw noRoomError(area.bottom - area.top);

  // collect
  const body = layoutBlocks(doc.body, { ...box, struct: structure.root.id }, ctx);
  // distribute
  const pages = new Paginator(area).place(body).finish();
  while (pages.length > 1 && pages[pages.length - 1]!.length === 0) pages.pop();
  // finalize
  pageCount = pages.length;
  const decorate = (blocks: StyledBlock[], y: number, pageNumber: number): DrawItem[] =>
    blocks.length === 0 ? [] : shiftItems(decoration(blocks, pageNumber).items, y);
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
