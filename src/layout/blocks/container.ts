import type { StyledBlock, StyledContainer, StyledParagraph } from '../../style/types.js';
import type { BlockBox, LayoutContext } from '../context.js';
import { group, leaf, totalHeight, type Fragment, type Group, type Leaf } from '../fragments.js';
import { measureStack } from '../measureStack.js';
import { boxDecorator, innerBox } from './decorate.js';
import { layoutBlocks } from './layoutBlocks.js';
import { isHeading, layout as layoutParagraph } from './paragraph.js';
import { scaleStyles } from './scaleStyles.js';
import { scaleStyle } from './scaleParts.js';
import { blockMinWidth, marginsOf } from './blockKinds.js';
import { horizontalSides } from './blockKind.js';

/**
 * A group of blocks, boxed when the theme gives it a background or border.
 * With `fit`, its content is first shrunk (scales 1, 0.9, 0.8… down to the
 * minimum) until it fits a page's content height; when it never does, it is
 * laid out at the minimum scale and flows on over further pages. With
 * `continued`, its first heading is repeated, with that text appended, at the
 * top of every further page it continues on.
 */
export function layout(c: StyledContainer, box: BlockBox, ctx: LayoutContext): Fragment[] {
  return [layoutGroup(c.fit ? fitToPage(c, box, ctx) : c, box, ctx)];
}

/**
 * As in CSS, a container without padding or border on a side takes the
 * margin of its first (last) child on that side, since the child's own
 * margin is left out inside it.
 */
export function margins(c: StyledContainer): [number, number] {
  let [top, bottom] = [c.style.marginTop, c.style.marginBottom];
  if (c.children.length > 0 && !c.style.background) {
    if (c.style.padding[0] === 0 && c.style.border === 0) top = Math.max(top, marginsOf(c.children[0]!)[0]);
    if (c.style.padding[2] === 0 && c.style.border === 0) bottom = Math.max(bottom, marginsOf(c.children[c.children.length - 1]!)[1]);
  }
  return [top, bottom];
}

export function scale(c: StyledContainer, f: number): StyledContainer {
  return { ...c, style: scaleStyle(c.style, f), children: c.children.map((b) => scaleStyles(b, f)) };
}

export function minWidth(c: StyledContainer, ctx: LayoutContext): number {
  return Math.max(0, ...c.children.map((b) => blockMinWidth(b, ctx))) + horizontalSides(c.style);
}

function layoutGroup(c: StyledContainer, box: BlockBox, ctx: LayoutContext): Group {
  const struct = c.role === 'Div' && !c.alt ? box.struct : ctx.structure.add(box.struct, c.role, c.alt);
  const inner = innerBox(c.style, box.x, box.width);
  const children = layoutBlocks(c.children, { x: inner.x, width: inner.width, struct }, ctx);
  return group(children, {
    padTop: c.style.padding[0] + c.style.border,
    padBottom: c.style.padding[2] + c.style.border,
    decorate: boxDecorator(c.style, box.x + c.style.indent, box.width - c.style.indent),
    keepTogether: c.keepTogether,
    breakBefore: c.breakBefore,
    keepWithNext: c.style.keepWithNext,
    keepWithPrevious: c.style.keepWithPrevious,
    repeat: c.continued === null ? [] : continuedHeading(c.children, inner, c.continued, ctx),
  });
}

/**
 * Content whose height, shrunk as the square of the scale (smaller type, and
 * so fewer lines), would still exceed the page this many times is not tried
 * at smaller scales: it goes to the minimum at once.
 */
const HOPELESS = 1.5;

/** The scales `fit` tries, largest first: 1, 0.9, 0.8… and the minimum last. */
export function fitScales(minScale: number): number[] {
  const scales: number[] = [];
  for (let s = 1; s > minScale + 1e-9; s = Math.round((s - 0.1) * 10) / 10) scales.push(s);
  scales.push(minScale);
  return scales;
}

/**
 * The container at the largest scale whose content fits the page's content
 * height. Each trial is laid out outside the tagged structure (under an
 * artifact), so only the chosen one adds structure nodes.
 */
function fitToPage(c: StyledContainer, box: BlockBox, ctx: LayoutContext): StyledContainer {
  const room = ctx.contentHeight;
  const minScale = c.fit?.minScale ?? 1;
  if (room === undefined) return c;
  for (const scale of fitScales(minScale)) {
    const candidate = scaleStyles(c, scale);
    const height = totalHeight(layoutGroup(candidate, { ...box, struct: 'artifact' }, ctx));
    if (height <= room + 0.01) return candidate;
    // Far too tall (a list of 250 figures): smaller type will not make it fit either.
    if (height * (minScale / scale) ** 2 > room * HOPELESS) break;
  }
  return scaleStyles(c, minScale);
}

/** The first heading (h1–h3) among the blocks, looking into nested groups, with the box it stands in. */
function firstHeading(blocks: readonly StyledBlock[], box: { x: number; width: number }): { p: StyledParagraph; box: { x: number; width: number } } | null {
  for (const b of blocks) {
    if (b.kind === 'paragraph' && isHeading(b.role)) return { p: b, box };
    if (b.kind === 'container') {
      const found = firstHeading(b.children, innerBox(b.style, box.x, box.width));
      if (found) return found;
    }
  }
  return null;
}

/** The first heading with « TEXT» appended, as one decorative leaf (its bottom margin included). */
function continuedHeading(blocks: readonly StyledBlock[], box: { x: number; width: number }, text: string, ctx: LayoutContext): Leaf[] {
  const found = firstHeading(blocks, box);
  if (!found) return [];
  const { p } = found;
  const last = [...p.inlines].reverse().find((i) => i.kind === 'text');
  const style = last && last.kind === 'text' ? last.style : p.style;
  const copy: StyledParagraph = { ...p, inlines: [...p.inlines, { kind: 'text', text: ` ${text}`, style }] };
  const laid = measureStack(layoutParagraph(copy, { ...found.box, struct: 'artifact' }, ctx));
  return [leaf(laid.height + p.style.marginBottom, laid.items)];
}
