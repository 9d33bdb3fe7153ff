import type { MarkupElement, MarkupNode } from '../../markup/types.js';
import type { StyleProps, Theme } from '../../template/theme/theme.js';
import type { BlockStyle, StyledChart, StyledChartBar } from '../types.js';
import { matchRules, resolveBlockStyle } from '../resolveStyle.js';
import { classesOf } from '../classesOf.js';
import { styleOf } from './blockBuilder.js';

/**
 * What a chart looks like when the theme says nothing: bars with a dark fill
 * and an outline, the previous period as an outlined white bar, a grey axis.
 * Legible in black and white: nothing means something by colour alone.
 */
const DEFAULT_BAR: StyleProps = { background: '#2B2B2B', border: 0.75, borderColor: '#000000' };
const DEFAULT_PREVIOUS: StyleProps = { background: '#FFFFFF', border: 1, borderColor: '#000000' };
const DEFAULT_TICK: StyleProps = { color: '#444444', border: 0.75, borderColor: '#666666' };

const childrenNamed = (nodes: readonly MarkupNode[], name: string): MarkupElement[] =>
  nodes.filter((n): n is MarkupElement => n.kind === 'element' && n.name === name);

const num = (v: string | undefined): number | null => (v === undefined || v === '' ? null : Number(v));

/**
 * The style builder of `<chart>`: the chart's own style (labels) is `style`;
 * each `<bar>` is styled by the rules `bar`, `.class`, `bar.class` (fill =
 * background, outline = border and borderColor, value labels = font and
 * colour), its previous-period bar additionally by `.previous`/`bar.previous`;
 * the axis by `tick` (tick labels = font, axis line = border and borderColor).
 */
export function styleChart(el: MarkupElement, parent: BlockStyle, theme: Theme): StyledChart {
  const style = styleOf(el, parent, theme);
  const ticks = childrenNamed(el.children, 'tick');
  const bars = childrenNamed(el.children, 'bar').map((bar): StyledChartBar => {
    const classes = classesOf(bar);
    const own = matchRules(theme, 'bar', classes);
    const previousRules = [theme.styles['.previous'], theme.styles['bar.previous']].filter((r): r is StyleProps => r !== undefined);
    return {
      value: num(bar.attrs['value']) ?? 0,
      label: bar.attrs['label'] ?? '',
      display: bar.attrs['display'] ?? bar.attrs['value'] ?? '',
      depth: num(bar.attrs['depth']) ?? 0,
      parent: num(bar.attrs['parent']),
      previous: num(bar.attrs['previous']),
      previousDisplay: bar.attrs['previous-display'] ?? bar.attrs['previous'] ?? null,
      style: resolveBlockStyle(style, [DEFAULT_BAR, ...own]),
      previousStyle: resolveBlockStyle(style, [DEFAULT_BAR, ...own, DEFAULT_PREVIOUS, ...previousRules]),
    };
  });
  return {
    kind: 'chart',
    style,
    tickStyle: resolveBlockStyle(style, [DEFAULT_TICK, ...matchRules(theme, 'tick', ticks[0] ? classesOf(ticks[0]) : [])]),
    bars,
    ticks: ticks.map((t) => ({ value: num(t.attrs['value']) ?? 0, label: t.attrs['label'] ?? t.attrs['value'] ?? '' })),
    alt: el.attrs['alt'] ?? '',
    pos: el.pos,
  };
}
