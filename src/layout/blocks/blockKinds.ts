import type { StyledBlock } from '../../style/types.js';
import type { LayoutContext } from '../context.js';
import type { BlockKind, BlockOf } from './blockKind.js';
// Namespace imports: each kind's module is its entry, and stays valid across the import cycles of nested blocks.
import * as paragraph from './paragraph.js';
import * as container from './container.js';
import * as list from './list.js';
import * as row from './row.js';
import * as table from './table.js';
import * as image from './image.js';
import * as chart from './chart.js';
import * as rule from './rule.js';
import * as qr from './qr.js';
import * as spacer from './spacer.js';

/**
 * The layout stage's dispatch table: one module per styled block kind,
 * found by the kind's name. A kind of StyledBlock without a module here, or
 * a module missing one of BlockKind's functions, is a compile error.
 */
export const BLOCK_KINDS: { readonly [K in StyledBlock['kind']]: BlockKind<BlockOf<K>> } = {
  paragraph,
  container,
  list,
  row,
  table,
  image,
  chart,
  rule,
  qr,
  spacer,
};

/** The module of a block's kind. */
export function kindOf<B extends StyledBlock>(b: B): BlockKind<B> {
  return BLOCK_KINDS[b.kind] as unknown as BlockKind<B>;
}

/** A block's outer margins [top, bottom]. */
export function marginsOf(b: StyledBlock): [number, number] {
  return kindOf(b).margins(b);
}

/** The narrowest width a block can be set in without cutting a word or a figure (0 for what has no text). */
export function blockMinWidth(b: StyledBlock, ctx: LayoutContext): number {
  return kindOf(b).minWidth(b, ctx);
}
