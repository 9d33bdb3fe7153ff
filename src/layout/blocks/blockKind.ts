import type { BlockStyle, StyledBlock } from '../../style/types.js';
import type { BlockBox, LayoutContext } from '../context.js';
import type { Fragment } from '../fragments.js';

/** The styled block of one kind. */
export type BlockOf<K extends StyledBlock['kind']> = Extract<StyledBlock, { kind: K }>;

/**
 * What layout needs of one block kind: the module `blocks/<kind>.ts` exports
 * exactly these functions, and `blockKinds.ts` registers the module under
 * the kind's name.
 */
export interface BlockKind<B extends StyledBlock> {
  /** The block's fragments in its box (items relative to each leaf's top). */
  layout(b: B, box: BlockBox, ctx: LayoutContext): Fragment[];
  /**
   * A copy with its type and spacing scaled by `factor` (font sizes, margins,
   * paddings, indents, gaps, given sizes); line heights and borders stay.
   */
  scale(b: B, factor: number): B;
  /** Its outer margins [top, bottom], which layoutBlocks collapses with its neighbours'. */
  margins(b: B): [number, number];
  /** The narrowest width it can be set in without cutting a word or a figure (0 for what has no text). */
  minWidth(b: B, ctx: LayoutContext): number;
}

/** The margins of most blocks: those of their style. */
export function styleMargins(b: { style: BlockStyle }): [number, number] {
  return [b.style.marginTop, b.style.marginBottom];
}

/** The minimum width of a block without text. */
export function noMinWidth(): number {
  return 0;
}

/** What padding, border and left rule take of a box's width. */
export function horizontalSides(s: BlockStyle): number {
  return s.padding[1] + s.padding[3] + 2 * s.border + s.borderLeft;
}
