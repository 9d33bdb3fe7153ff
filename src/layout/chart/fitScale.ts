/** A value label that must sit inside its bar, in the free part of the bar's outline, or right of its row's bars. */
export interface LabelNeed {
  /** Length of the dark bar the label may sit inside (in data units). */
  value: number;
  /** Length of the outline of the whole the bar is a part of (0: none); a label may sit in its free part. */
  track: number;
  /** How far the row's bars on the label's line reach, in data units. */
  extent: number;
  /** Width of the label, pt. */
  width: number;
  /** Whether the label may sit inside the bar. */
  inside: boolean;
}

export interface ScaleRoom {
  /** Width of the bar area, pt. */
  area: number;
  /** The largest value the axis must show. */
  domain: number;
  /** Space between a bar's end and a label right of it, pt. */
  gap: number;
  /** Space between a label inside a bar and the bar's ends, pt. */
  pad: number;
}

export type LabelPlace = 'inside' | 'track' | 'right' | 'below';

/** Where a label goes at `k` pt per unit: inside the bar, in the free part of its outline, right of the bars, or under them. */
export function placeLabel(need: LabelNeed, k: number, room: Pick<ScaleRoom, 'area' | 'gap' | 'pad'>): LabelPlace {
  if (need.inside && k * need.value >= need.width + 2 * room.pad - 1e-6) return 'inside';
  if (need.inside && k * (need.track - need.value) >= need.width + 2 * room.pad - 1e-6) return 'track';
  if (k * need.extent + room.gap + need.width <= room.area + 1e-6) return 'right';
  return 'below';
}

/**
 * The largest scale k (pt per unit) at which the axis fits the area and every
 * label fits inside its bar, in its outline or right of its row's bars within
 * the area. Shrinking k only ever moves labels out of bars, so the loop ends.
 * Returns 0 when some label is too wide to stand right of even a zero-length bar.
 */
export function fitScale(needs: readonly LabelNeed[], room: ScaleRoom): number {
  const domain = room.domain > 0 ? room.domain : 1;
  let k = room.area / domain;
  for (let round = 0; round < 100; round++) {
    let changed = false;
    for (const n of needs) {
      if (placeLabel(n, k, room) !== 'below') continue;
      if (room.gap + n.width > room.area) return 0;
      k = n.extent > 0 ? (room.area - room.gap - n.width) / n.extent : k;
      changed = true;
    }
    if (!changed) return k;
  }
  return k;
}
