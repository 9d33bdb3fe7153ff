import type { StyledBlock } from '../../style/types.js';
import type { BlockBox, LayoutContext } from '../context.js';
import type { Fragment } from '../fragments.js';
import { layoutParagraph } from './paragraph.js';
import { layoutContainer } from './container.js';
import { layoutList } from './list.js';
import { layoutRow } from './row.js';
import { layoutTable } from './table.js';
import { layoutImage } from './image.js';
import { layoutChart } from './chart.js';
import { layoutRule } from './rule.js';
import { layoutSpacer } from './spacer.js';
import { layoutQr } from './qr.js';

type LayoutOf<K extends StyledBlock['kind']> = (b: Extract<StyledBlock, { kind: K }>, box: BlockBox, ctx: LayoutContext) => Fragment[];

/** The layout stage's dispatch table: one function per block kind. */
export const BLOCK_LAYOUTS: { [K in StyledBlock['kind']]: LayoutOf<K> } = {
  paragraph: (b, box, ctx) => layoutParagraph(b, box, ctx),
  container: layoutContainer,
  list: layoutList,
  row: layoutRow,
  table: layoutTable,
  image: layoutImage,
  chart: layoutChart,
  rule: layoutRule,
  qr: layoutQr,
  spacer: layoutSpacer,
};
