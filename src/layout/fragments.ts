import type { DrawItem } from './types.js';

/**
 * What the measuring phase hands the paginator: a tree of generic fragments.
 * The paginator knows only these properties, never block kinds (DESIGN.md, rule 4).
 */

/** An unbreakable piece: a line of text, a table row, an image. Items are relative to its top (y) and absolute in x. */
export interface Leaf {
  kind: 'leaf';
  height: number;
  items: DrawItem[];
}

/** Vertical space between blocks; dropped at the top of a page and at a break. */
export interface Space {
  kind: 'space';
  height: number;
}

/** Draws a group's box (background, borders) for one page's part of it, given its top and bottom y. */
export type Decorator = (top: number, bottom: number) => DrawItem[];

export interface Group {
  kind: 'group';
  children: Fragment[];
  padTop: number;
  padBottom: number;
  decorate: Decorator | null;
  /** Move the whole group to the next page when it does not fit but would fit on an empty page. */
  keepTogether: boolean;
  /** Never end a page with this group: it goes with the beginning of the next fragment. */
  keepWithNext: boolean;
  /**
   * Never start a page with this group: when it would, the end of what
   * precedes it (at least two lines) goes to the new page with it.
   */
  keepWithPrevious: boolean;
  /** Start on a new page. */
  breakBefore: boolean;
  /** Minimum leaves of the group at the foot (orphans) and the head (widows) of a page. */
  orphans: number;
  widows: number;
  /** Leaves drawn at the top of every further page the group continues on (copies of table header rows). */
  repeat: Leaf[];
}

export type Fragment = Leaf | Space | Group;

export function leaf(height: number, items: DrawItem[]): Leaf {
  return { kind: 'leaf', height, items };
}

export function space(height: number): Space {
  return { kind: 'space', height };
}

export function group(children: Fragment[], options: Partial<Omit<Group, 'kind' | 'children'>> = {}): Group {
  return {
    kind: 'group',
    children,
    padTop: 0,
    padBottom: 0,
    decorate: null,
    keepTogether: false,
    keepWithNext: false,
    keepWithPrevious: false,
    breakBefore: false,
    orphans: 1,
    widows: 1,
    repeat: [],
    ...options,
  };
}

export function totalHeight(f: Fragment): number {
  if (f.kind !== 'group') return f.height;
  let h = f.padTop + f.padBottom;
  for (const c of f.children) h += totalHeight(c);
  return h;
}

/** Height of the smallest part of `f` that may stand at the foot of a page. */
export function minHeadHeight(f: Fragment): number {
  if (f.kind === 'space') return 0;
  if (f.kind === 'leaf') return f.height;
  if (f.keepTogether) return totalHeight(f);
  const h = f.padTop;
  const kids = f.children.filter((c) => c.kind !== 'space');
  if (kids.length === 0) return h + f.padBottom;
  if (kids.every((c) => c.kind === 'leaf')) {
    const n = Math.min(kids.length, Math.max(1, f.orphans));
    let lines = h;
    for (let i = 0; i < n; i++) lines += (kids[i] as Leaf).height;
    return n === kids.length ? lines + f.padBottom : lines;
  }
  const first = f.children.findIndex((c) => c.kind !== 'space');
  const head = kids[0]!;
  return h + (head.kind === 'group' && head.keepWithNext ? keptHeight(f.children, first) : minHeadHeight(head));
}

/**
 * Height that must fit for a keep-with-next group at `i`: the group, each
 * following group kept with its next (a heading, then a period line…), and
 * the smallest start of the first fragment that is not.
 */
export function keptHeight(children: readonly Fragment[], i: number): number {
  let need = totalHeight(children[i]!);
  let gap = 0;
  for (let j = i + 1; j < children.length; j++) {
    const c = children[j]!;
    if (c.kind === 'space') {
      gap += c.height;
      continue;
    }
    if (c.kind === 'group' && c.keepWithNext) {
      need += gap + totalHeight(c);
      gap = 0;
      continue;
    }
    return need + gap + minHeadHeight(c);
  }
  return need;
}
