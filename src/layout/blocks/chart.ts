import { typographText } from '../typography/index.js';
import type { StyledChart } from '../../style/types.js';
import { warnMissingGlyphs } from '../warnMissingGlyphs.js';
import type { BlockBox, LayoutContext } from '../context.js';
import { group, leaf, type Fragment } from '../fragments.js';
import { chartGeometry } from '../chart/chartGeometry.js';
import { createShaper } from '../chart/createShaper.js';
import { boxDecorator, innerBox } from './decorate.js';
import { scaleStyle } from './scaleParts.js';

export { styleMargins as margins, noMinWidth as minWidth } from './blockKind.js';

/**
 * A chart drawn from its bars: tagged as a Figure whose alt is the chart's
 * text equivalent. Each bar's row is a leaf, so a chart taller than a page
 * continues on the next one with its axis repeated; a chart that fits a page
 * is kept together.
 */
export function layout(given: StyledChart, box: BlockBox, ctx: LayoutContext): Fragment[] {
  // Labels get the typography of every other text: no-break spaces after short words, «ёлочки».
  const lang = ctx.lang === 'kk' || ctx.lang === 'en' ? ctx.lang : 'ru';
  const c: StyledChart = { ...given, bars: given.bars.map((b) => ({ ...b, label: typographText(b.label, lang) })) };
  const struct = ctx.structure.add(box.struct, 'Figure', c.alt);
  const inner = innerBox(c.style, box.x, box.width);
  const shaper = { ...createShaper(ctx.metrics), hyphenate: (word: string) => ctx.hyphenator.hyphenate(word, ctx.lang) };
  const chars = [c.alt, ...c.bars.flatMap((b) => [b.label, b.display, b.previousDisplay ?? '']), ...c.ticks.map((t) => t.label)].join(' ');
  warnMissingGlyphs(ctx, { family: c.style.font, bold: c.style.bold, italic: c.style.italic }, chars, 'в диаграмме');
  const geometry = chartGeometry(c, inner, shaper, struct);
  const rows = geometry.rows.map((r) => leaf(r.height, r.items));
  const header = geometry.header ? leaf(geometry.header.height, geometry.header.items) : null;
  const children: Fragment[] = header ? [group([header], { keepTogether: true, keepWithNext: true }), ...rows] : rows;
  return [
    group(children, {
      padTop: c.style.padding[0] + c.style.border,
      padBottom: c.style.padding[2] + c.style.border,
      decorate: boxDecorator(c.style, box.x + c.style.indent, box.width - c.style.indent),
      keepTogether: true,
      keepWithNext: c.style.keepWithNext,
      // Further pages repeat the axis as decoration; the tagged one is the first.
      repeat: header
        ? [
            leaf(
              header.height,
              header.items.map((it) => ({ ...it, struct: 'artifact' as const })),
            ),
          ]
        : [],
    }),
  ];
}

export function scale(c: StyledChart, f: number): StyledChart {
  return {
    ...c,
    style: scaleStyle(c.style, f),
    tickStyle: scaleStyle(c.tickStyle, f),
    bars: c.bars.map((b) => ({ ...b, style: scaleStyle(b.style, f), previousStyle: scaleStyle(b.previousStyle, f) })),
  };
}
