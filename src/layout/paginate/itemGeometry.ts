import type { DrawItem } from '../types.js';

type ItemOf<K extends DrawItem['kind']> = Extract<DrawItem, { kind: K }>;

/** What layout and the paginator need of a drawn item of one kind. */
interface Geometry<T extends DrawItem> {
  /** The same item moved down by `dy`. */
  shift(it: T, dy: number): T;
  /** Its vertical extent, [top, bottom]. */
  extent(it: T): [number, number];
  /**
   * Where it sits down the page: the page part an uncut item goes to (a
   * text's baseline, an image's top), and what a capped header keeps.
   */
  anchor(it: T): number;
  /**
   * For an item that may be cut (boxes and rules): its part between `top`
   * and `bottom` (already within its extent), moved up by `from`. Null for
   * an item that is never cut (text, images).
   */
  clip: ((it: T, top: number, bottom: number, from: number) => T) | null;
}

/**
 * One entry per DrawItem kind: a kind added to `DrawItem` without an entry
 * here is a compile error, never a silent default.
 */
const GEOMETRY: { readonly [K in DrawItem['kind']]: Geometry<ItemOf<K>> } = {
  text: {
    shift: (it, dy) => ({ ...it, y: it.y + dy }),
    extent: (it) => [it.y - it.size, it.y + it.size * 0.3],
    anchor: (it) => it.y,
    clip: null,
  },
  image: {
    shift: (it, dy) => ({ ...it, y: it.y + dy }),
    extent: (it) => [it.y, it.y + it.height],
    anchor: (it) => it.y,
    clip: null,
  },
  rect: {
    shift: (it, dy) => ({ ...it, y: it.y + dy }),
    extent: (it) => [it.y, it.y + it.height],
    anchor: (it) => it.y,
    clip: (it, top, bottom, from) => ({ ...it, y: top - from, height: bottom - top }),
  },
  line: {
    shift: (it, dy) => ({ ...it, y1: it.y1 + dy, y2: it.y2 + dy }),
    extent: (it) => [Math.min(it.y1, it.y2), Math.max(it.y1, it.y2)],
    anchor: (it) => Math.max(it.y1, it.y2),
    clip: (it, top, bottom, from) => {
      const a = Math.min(it.y1, it.y2);
      return { ...it, y1: it.y1 === a ? top - from : bottom - from, y2: it.y2 === a ? top - from : bottom - from };
    },
  },
};

function geometryOf<T extends DrawItem>(it: T): Geometry<T> {
  return GEOMETRY[it.kind] as unknown as Geometry<T>;
}

export function shiftItem<T extends DrawItem>(it: T, dy: number): T {
  return geometryOf(it).shift(it, dy);
}

export function itemExtent(it: DrawItem): [number, number] {
  return geometryOf(it).extent(it);
}

/** Where an item sits down the page (see Geometry.anchor). */
export function itemAnchor(it: DrawItem): number {
  return geometryOf(it).anchor(it);
}

/** Whether an item may be cut where a page ends (boxes and rules; text and images may not). */
export function isCuttable(it: DrawItem): boolean {
  return geometryOf(it).clip !== null;
}

/** The part of an item between `top` and `bottom`, relative to `from`; null for an item that is never cut. */
export function clipItem<T extends DrawItem>(it: T, top: number, bottom: number, from: number): T | null {
  const clip = geometryOf(it).clip;
  return clip === null ? null : clip(it, top, bottom, from);
}
