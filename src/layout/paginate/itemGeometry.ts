import type { DrawItem } from '../types.js';

type ItemOf<K extends DrawItem['kind']> = Extract<DrawItem, { kind: K }>;

/** What the paginator needs of a drawn item of one kind. */
interface Geometry<T extends DrawItem> {
  /** The same item moved down by `dy`. */
  shift(it: T, dy: number): T;
  /** Its vertical extent, [top, bottom]. */
  extent(it: T): [number, number];
  /** The part between `top` and `bottom` (already within its extent), moved up by `from`; null for an item that is never cut. */
  clip(it: T, top: number, bottom: number, from: number): T | null;
}

/**
 * One entry per DrawItem kind: a kind added to `DrawItem` without an entry
 * here is a compile error, never a silent default.
 */
const GEOMETRY: { [K in DrawItem['kind']]: Geometry<ItemOf<K>> } = {
  text: {
    shift: (it, dy) => ({ ...it, y: it.y + dy }),
    extent: (it) => [it.y - it.size, it.y + it.size * 0.3],
    clip: () => null,
  },
  image: {
    shift: (it, dy) => ({ ...it, y: it.y + dy }),
    extent: (it) => [it.y, it.y + it.height],
    clip: () => null,
  },
  rect: {
    shift: (it, dy) => ({ ...it, y: it.y + dy }),
    extent: (it) => [it.y, it.y + it.height],
    clip: (it, top, bottom, from) => ({ ...it, y: top - from, height: bottom - top }),
  },
  line: {
    shift: (it, dy) => ({ ...it, y1: it.y1 + dy, y2: it.y2 + dy }),
    extent: (it) => [Math.min(it.y1, it.y2), Math.max(it.y1, it.y2)],
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

/** The part of a cuttable item between `top` and `bottom`, relative to `from`; null for text and images. */
export function clipItem<T extends DrawItem>(it: T, top: number, bottom: number, from: number): T | null {
  return geometryOf(it).clip(it, top, bottom, from);
}
