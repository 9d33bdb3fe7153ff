import type { MarkupNode } from '../../markup/types.js';
import type { BlockName } from '../../markup/vocabulary.js';
import type { Theme } from '../../template/theme/theme.js';
import type { BlockStyle, StyledBlock } from '../types.js';
import { elements, type BlockBuilder } from './blockBuilder.js';
import { styleParagraph, styleHeading } from './paragraph.js';
import { styleContainer } from './container.js';
import { styleList } from './list.js';
import { styleRow } from './row.js';
import { styleTable } from './table.js';
import { styleImage } from './image.js';
import { styleChart } from './chart.js';
import { styleRule } from './rule.js';
import { styleQr } from './qr.js';
import { styleSpacer } from './spacer.js';

/**
 * The style stage's dispatch table: one builder per block element of the
 * vocabulary (src/markup/vocabulary.ts), found by the element's name. A
 * block element without an entry here is a compile error.
 */
export const BLOCK_BUILDERS: { readonly [N in BlockName]: BlockBuilder } = {
  p: styleParagraph,
  h1: (el, parent, theme) => styleHeading(el, parent, theme, 'H1'),
  h2: (el, parent, theme) => styleHeading(el, parent, theme, 'H2'),
  h3: (el, parent, theme) => styleHeading(el, parent, theme, 'H3'),
  block: (el, parent, theme) => styleContainer(el, parent, theme, 'Div'),
  quote: (el, parent, theme) => styleContainer(el, parent, theme, 'Quote'),
  figure: (el, parent, theme) => styleContainer(el, parent, theme, 'Figure'),
  list: styleList,
  row: styleRow,
  table: styleTable,
  image: styleImage,
  chart: styleChart,
  rule: styleRule,
  qr: styleQr,
  spacer: styleSpacer,
};

const isBlockName = (name: string): name is BlockName => Object.hasOwn(BLOCK_BUILDERS, name);

/** The block elements among `nodes`, styled under `parent`. */
export function styleBlocks(nodes: readonly MarkupNode[], parent: BlockStyle, theme: Theme): StyledBlock[] {
  const out: StyledBlock[] = [];
  for (const el of elements(nodes)) {
    // The parser has already refused anything but block elements where blocks stand.
    if (isBlockName(el.name)) out.push(BLOCK_BUILDERS[el.name](el, parent, theme));
  }
  return out;
}
