import type { DrawItem } from '../types.js';
import type { Fragment, Group, Leaf } from '../fragments.js';
import { keptHeight, minHeadHeight, totalHeight } from '../fragments.js';
import { shiftItems } from './shiftItems.js';
import { splitLeaf } from './splitLeaf.js';

export interface PageArea {
  top: number;
  bottom: number;
}

/** A content leaf as a pass drew it (see keepTails.ts). */
export interface DrawnLeaf {
  leaf: Leaf;
  page: number;
  /** No group that must stay together had begun when it was drawn: a page may break before it. */
  breakable: boolean;
  /** It belongs to a group kept with what follows (a heading): a page must not break after it. */
  keptWithNext: boolean;
}

/** A keep-with-previous group as a pass placed it: the index of its first leaf, and whether that leaf began a page. */
export interface PlacedTail {
  group: Group;
  first: number;
  atTop: boolean;
}

/** What a pass saw, for the next pass to decide where to break instead. */
export interface PaginationTrace {
  leaves: DrawnLeaf[];
  tails: PlacedTail[];
}

export interface PaginatorOptions {
  /** Leaves a page must break before (unless nothing precedes them on it). */
  forcedBreaks?: ReadonlySet<Leaf>;
  trace?: PaginationTrace;
}

/** The first leaf of a fragment, or null when it has none. */
function firstLeaf(f: Fragment): Leaf | null {
  if (f.kind === 'leaf') return f;
  if (f.kind === 'space') return null;
  for (const c of f.children) {
    const l = firstLeaf(c);
    if (l) return l;
  }
  return null;
}

/** A group open on the current page: where its part on this page began. */
interface OpenGroup {
  group: Group;
  top: number;
  /** Index in the page's item list where its decoration goes (behind its content). */
  itemIndex: number;
  /** Something of the group has been drawn: only then do later pages repeat its header. */
  started: boolean;
}

/**
 * Distributes fragments over pages of the given content area. Generic: it
 * knows keep-together, keep-with-next, orphans/widows, repeated headers and
 * break-before, never block kinds. It only paginates: content that is never
 * divided over pages (columns, cells) is stacked by measureStack.
 */
export class Paginator {
  readonly pages: DrawItem[][] = [];
  private items: DrawItem[] = [];
  private y: number;
  private contentOnPage = false;
  private readonly open: OpenGroup[] = [];
  private readonly forced: ReadonlySet<Leaf>;
  private readonly trace: PaginationTrace | null;
  /** A keep-with-previous group opened, waiting for its first leaf. */
  private pendingTails: PlacedTail[] = [];

  constructor(
    private readonly area: PageArea,
    options: PaginatorOptions = {},
  ) {
    this.y = area.top;
    this.forced = options.forcedBreaks ?? new Set();
    this.trace = options.trace ?? null;
  }

  /** Breaks the page before `f` when a pass asked for it and something precedes it here. */
  private breakIfForced(f: Fragment): void {
    const l = firstLeaf(f);
    if (l && this.contentOnPage && this.forced.has(l)) this.newPage();
  }

  private get reserved(): number {
    let r = 0;
    for (const o of this.open) r += o.group.padBottom;
    return r;
  }

  private get remaining(): number {
    return this.area.bottom - this.reserved - this.y;
  }

  private get pageHeight(): number {
    return this.area.bottom - this.area.top;
  }

  place(fragments: readonly Fragment[]): this {
    this.placeFlow(fragments);
    return this;
  }

  finish(): DrawItem[][] {
    this.pages.push(this.items);
    this.items = [];
    return this.pages;
  }

  private newPage(): void {
    for (let i = this.open.length - 1; i >= 0; i--) this.closeSegment(this.open[i]!, false);
    this.pages.push(this.items);
    this.items = [];
    this.y = this.area.top;
    this.contentOnPage = false;
    const started = this.open.map((o) => o.started);
    this.open.forEach((o, k) => {
      o.top = this.y;
      o.itemIndex = this.items.length;
      this.y += o.group.padTop;
      if (started[k]) for (const h of o.group.repeat) this.drawLeaf(h, true);
    });
  }

  private closeSegment(o: OpenGroup, isLast: boolean): void {
    const bottom = isLast ? this.y : Math.min(this.y + o.group.padBottom, this.area.bottom);
    if (o.group.decorate) {
      const deco = o.group.decorate(o.top, bottom);
      this.items.splice(o.itemIndex, 0, ...deco);
      // Later-opened groups recorded indices after ours: shift them.
      for (const other of this.open) if (other !== o && other.itemIndex >= o.itemIndex) other.itemIndex += deco.length;
    }
  }

  private drawLeaf(l: Leaf, repeated = false): void {
    if (this.trace && !repeated) this.record(l);
    for (const o of this.open) o.started = true;
    this.items.push(...shiftItems(l.items, this.y));
    this.y += l.height;
  }

  private record(l: Leaf): void {
    const trace = this.trace!;
    for (const t of this.pendingTails) {
      t.first = trace.leaves.length;
      t.atTop = !this.contentOnPage && this.pages.length > 0;
      trace.tails.push(t);
    }
    this.pendingTails = [];
    trace.leaves.push({
      leaf: l,
      page: this.pages.length,
      breakable: !this.open.some((o) => o.group.keepTogether && o.started),
      keptWithNext: this.open.some((o) => o.group.keepWithNext),
    });
  }

  private placeFlow(children: readonly Fragment[]): void {
    for (let i = 0; i < children.length; i++) {
      const f = children[i]!;
      if (f.kind === 'space') {
        if (!this.contentOnPage) continue;
        if (f.height >= this.remaining) this.newPage();
        else this.y += f.height;
        continue;
      }
      if (f.kind === 'group' && f.breakBefore && this.contentOnPage) this.newPage();
      const need = f.kind === 'group' && f.keepWithNext ? keptHeight(children, i) : minHeadHeight(f);
      if (need > this.remaining && this.contentOnPage && need <= this.pageHeight) this.newPage();
      this.placeOne(f);
    }
  }

  private placeOne(f: Leaf | Group): void {
    this.breakIfForced(f);
    if (f.kind === 'leaf') {
      if (f.height > this.pageHeight) {
        // Taller than any page: cut between its lines rather than run off the page.
        if (this.contentOnPage) this.newPage();
        const parts = splitLeaf(f, this.pageHeight - this.reserved);
        parts.forEach((part, k) => {
          if (k > 0) this.newPage();
          this.drawLeaf(part);
          this.contentOnPage = true;
        });
        return;
      }
      if (f.height > this.remaining && this.contentOnPage) this.newPage();
      this.drawLeaf(f);
      this.contentOnPage = true;
      return;
    }
    const total = totalHeight(f);
    if (f.keepTogether && total > this.remaining && this.contentOnPage && total <= this.pageHeight) this.newPage();
    if (f.keepWithPrevious) this.pendingTails.push({ group: f, first: -1, atTop: false });
    const o: OpenGroup = { group: f, top: this.y, itemIndex: this.items.length, started: false };
    this.open.push(o);
    this.y += f.padTop;
    if ((f.orphans > 1 || f.widows > 1) && f.children.every((c) => c.kind === 'leaf')) this.placeLines(f.children as Leaf[], f);
    else this.placeFlow(f.children);
    this.y += f.padBottom;
    this.open.pop();
    this.closeSegment(o, true);
  }

  /** Lines of a paragraph: never fewer than `orphans` at a page's foot or `widows` at its head. */
  private placeLines(lines: readonly Leaf[], g: Group): void {
    let idx = 0;
    while (idx < lines.length) {
      const rest = lines.length - idx;
      let fit = 0;
      let h = 0;
      const room = this.remaining;
      if (fit === 0 && this.contentOnPage && this.forced.has(lines[idx]!)) {
        this.newPage();
        continue;
      }
      while (fit < rest && h + lines[idx + fit]!.height <= room + 1e-6 && !(fit > 0 && this.forced.has(lines[idx + fit]!))) h += lines[idx + fit++]!.height;
      if (fit >= rest) {
        for (; idx < lines.length; idx++) this.drawLeaf(lines[idx]!);
        this.contentOnPage = true;
        return;
      }
      if (this.contentOnPage) {
        if (rest - fit < g.widows) fit = rest - g.widows;
        if (idx === 0 && fit < g.orphans) fit = 0;
        if (fit <= 0) {
          this.newPage();
          continue;
        }
      } else {
        fit = Math.max(fit, 1);
      }
      for (let k = 0; k < fit; k++) this.drawLeaf(lines[idx++]!);
      this.contentOnPage = true;
      this.newPage();
    }
  }
}
