import { BriefingError } from '../diagnostics/briefingError.js';
import type { StyledBlock, StyledDocument } from '../style/types.js';
import type { LayoutContext } from './context.js';
import { layoutBlocks } from './blocks/layoutBlocks.js';
import { scaleStyles } from './blocks/scaleStyles.js';
import { measureStack } from './measureStack.js';
import type { PageArea } from './paginate/paginate.js';
import { itemAnchor } from './paginate/itemGeometry.js';
import { shiftItems } from './paginate/shiftItems.js';
import type { DrawItem } from './types.js';

/** Whether a styled tree shows `page-number` or `page-count`. */
function hasField(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasField);
  if (node === null || typeof node !== 'object') return false;
  return (node as { kind?: unknown }).kind === 'field' || Object.values(node).some(hasField);
}

/**
 * A header or a footer takes at most this share of the page: what is past it
 * is not drawn. Without it a 10,000-character organization in the footer
 * would leave a line of body per page and lay the footer out once for each
 * of hundreds of pages.
 */
const DECORATION_SHARE = 0.2;

/** Room for a footer: from its top to the page's bottom safe edge, pt. */
const FOOTER_SAFE = 14;

/** Least space between the header (footer) and the body, pt. */
const HEADER_GAP = 6;

/** Least height the header, footer and margins must leave for the body, pt (less would never paginate). */
const MIN_BODY_HEIGHT = 36;

type Laid = { items: DrawItem[]; height: number };

/**
 * A header or footer taller than its room is set again in smaller type
 * (0.9, 0.8… of its size) down to this scale before any of its lines is left
 * out: a long organization name in a slide's footer takes two lines of
 * smaller type instead of losing its last words.
 */
export const DECORATION_MIN_SCALE = 0.6;

/**
 * The items of a header or footer that sit within `cap` pt (the first line
 * always stays), and the height capped.
 */
function capDecoration(laid: Laid, cap: number): Laid {
  if (laid.height <= cap) return laid;
  const first = Math.min(...laid.items.map(itemAnchor));
  const limit = Math.max(cap, first);
  return { items: laid.items.filter((item) => itemAnchor(item) <= limit), height: Math.min(laid.height, cap) };
}

function noRoomError(height: number): BriefingError {
  return new BriefingError([
    {
      code: 'theme',
      severity: 'error',
      message: `для текста на странице остаётся ${Math.max(0, Math.round(height))} пт по высоте, нужно не меньше ${MIN_BODY_HEIGHT}: колонтитулы или поля темы слишком велики`,
      hint: 'уменьшите page.margin, page.header, page.footer или кегль колонтитулов (styles.header, styles.footer)',
    },
  ]);
}

/**
 * The header and footer of a document, laid out for a page: once for all
 * pages when they show no page field, else once per page (the page count is
 * 1 until `pageCount` is set, when distribution has counted the pages).
 */
export class PageDecorations {
  pageCount = 1;
  private readonly same = new Map<StyledBlock[], Laid>();
  /** The scale a header or footer was set at on an earlier page: the next page starts there. */
  private readonly scaleOf = new Map<StyledBlock[], number>();
  /** Warned already that lines of it are left out. */
  private readonly cut = new Set<StyledBlock[]>();

  constructor(
    private readonly doc: StyledDocument,
    private readonly ctx: LayoutContext,
    private readonly box: { x: number; width: number },
  ) {}

  /** The body's area: between the margins, never under the header or into the footer, whatever their size. */
  bodyArea(): PageArea {
    const { page, header, footer } = this.doc;
    const headerBottom = header.length ? page.header + this.laidOut(header, 1).height + HEADER_GAP : 0;
    const footerTop = footer.length ? page.height - page.footer - HEADER_GAP : page.height;
    const area = { top: Math.max(page.margin[0], headerBottom), bottom: Math.min(page.height - page.margin[2], footerTop) };
    if (area.bottom - area.top < MIN_BODY_HEIGHT) throw noRoomError(area.bottom - area.top);
    return area;
  }

  /** The header's and the footer's items for page `pageNumber`, in place on the page. */
  itemsFor(pageNumber: number): { header: DrawItem[]; footer: DrawItem[] } {
    const { page, header, footer } = this.doc;
    return { header: this.placed(header, page.header, pageNumber), footer: this.placed(footer, page.height - page.footer, pageNumber) };
  }

  private placed(blocks: StyledBlock[], y: number, pageNumber: number): DrawItem[] {
    if (blocks.length === 0) return [];
    return shiftItems(this.laidOut(blocks, pageNumber).items, y);
  }

  private laidOut(blocks: StyledBlock[], pageNumber: number): Laid {
    const known = this.same.get(blocks);
    if (known) return known;
    const fieldCtx: LayoutContext = { ...this.ctx, fields: { pageNumber, pageCount: this.pageCount } };
    const isFooter = blocks === this.doc.footer;
    const cap = isFooter ? Math.max(0, this.doc.page.footer - FOOTER_SAFE) : this.doc.page.height * DECORATION_SHARE;
    const layAt = (scale: number): Laid =>
      measureStack(
        layoutBlocks(
          blocks.map((b) => scaleStyles(b, scale)),
          { ...this.box, struct: 'artifact' },
          fieldCtx,
        ),
      );
    let scale = this.scaleOf.get(blocks) ?? 1;
    let laid = layAt(scale);
    // Type scaled by s takes about s² of the height (smaller type, fewer lines): the first
    // scale tried is the one that should fit, then the next smaller ones (a few layouts at
    // most). Far too tall (a 10,000-character organization), it is cut at this size.
    const hopeless = laid.height * (DECORATION_MIN_SCALE / scale) ** 2 > cap * 1.5;
    if (laid.height > cap + 0.01 && scale > DECORATION_MIN_SCALE && !hopeless) {
      let next = Math.max(DECORATION_MIN_SCALE, Math.min(Math.round((scale - 0.1) * 10) / 10, Math.floor(scale * Math.sqrt(cap / laid.height) * 10) / 10));
      for (;;) {
        scale = next;
        laid = layAt(scale);
        if (laid.height <= cap + 0.01 || scale <= DECORATION_MIN_SCALE) break;
        next = Math.max(DECORATION_MIN_SCALE, Math.round((scale - 0.1) * 10) / 10);
      }
    }
    this.scaleOf.set(blocks, scale);
    if (laid.height > cap + 0.01 && !this.cut.has(blocks)) {
      this.cut.add(blocks);
      this.ctx.warn({
        code: 'limit',
        severity: 'warning',
        message: `${isFooter ? 'нижний' : 'верхний'} колонтитул не помещается даже мелким шрифтом: его последние строки не напечатаны`,
        hint: 'сократите текст колонтитула (в презентации это поле organization) или увеличьте page.footer / page.header в теме',
      });
    }
    const capped = capDecoration(laid, cap);
    if (!hasField(blocks)) this.same.set(blocks, capped);
    return capped;
  }
}
