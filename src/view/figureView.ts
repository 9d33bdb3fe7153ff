import type { Lang, StatItem } from '../model/schema.js';
import type { FigureView, NoteView } from './types.js';
import type { Words } from './locale.js';
import { computeChange } from './change.js';
import { formatFigure } from './formatFigure.js';
import { plainOrNull, plainText } from './plainText.js';
import { computeShare } from './share.js';

/** What building figures needs from the whole document. */
export interface FigureContext {
  lang: Lang;
  words: Words;
  /** Every item with an `id`, from statistics and legal changes. */
  byId: ReadonlyMap<string, StatItem>;
  /** Hands out footnote marks «1», «2»… in document order. */
  nextNoteMark: () => string;
}

/** Items with an id, across statistics and legal changes (the first one wins). */
export function indexItems(lists: readonly (readonly StatItem[])[]): Map<string, StatItem> {
  const byId = new Map<string, StatItem>();
  for (const items of lists) {
    for (const item of items) {
      if (item.id !== undefined && !byId.has(item.id)) byId.set(item.id, item);
    }
  }
  return byId;
}

/** Depths found so far, per document's index: every item of a chain of thousands is asked for. */
const depths = new WeakMap<ReadonlyMap<string, StatItem>, Map<StatItem, number>>();

/** The length of the `of` chain: 0 for a top-level item. Stops at a dangling id or a cycle. */
export function figureDepth(item: StatItem, byId: ReadonlyMap<string, StatItem>): number {
  let known = depths.get(byId);
  if (!known) depths.set(byId, (known = new Map()));
  const memo = known.get(item);
  if (memo !== undefined) return memo;
  // Up the chain to a top-level item, a dangling id or an item whose depth is known.
  const path: StatItem[] = [item];
  const seen = new Set<StatItem>([item]);
  let top = 0;
  for (let cur = item; cur.of !== undefined;) {
    const parent = byId.get(cur.of);
    if (parent === undefined) break;
    if (seen.has(parent)) return walkedDepth(item, byId); // a cycle (refused by validation): nothing is remembered
    const depth = known.get(parent);
    if (depth !== undefined) {
      top = depth + 1;
      break;
    }
    seen.add(parent);
    path.push(parent);
    cur = parent;
  }
  for (let i = path.length - 1; i >= 0; i--) known.set(path[i]!, top + (path.length - 1 - i));
  return top + path.length - 1;
}

/** figureDepth by walking the whole chain, for a chain that loops. */
function walkedDepth(item: StatItem, byId: ReadonlyMap<string, StatItem>): number {
  const seen = new Set<StatItem>([item]);
  let depth = 0;
  for (let cur = item; cur.of !== undefined;) {
    const parent = byId.get(cur.of);
    if (parent === undefined || seen.has(parent)) break;
    seen.add(parent);
    depth++;
    cur = parent;
  }
  return depth;
}

/** One StatItem as the template shows it. */
export function buildFigure(item: StatItem, ctx: FigureContext): FigureView {
  const figure = formatFigure(item, ctx.lang);
  const parent = item.of === undefined ? undefined : ctx.byId.get(item.of);
  const note = plainOrNull(item.note);
  return {
    label: plainText(item.label),
    ...figure,
    number: item.value,
    id: item.id ?? null,
    of: item.of ?? null,
    depth: figureDepth(item, ctx.byId),
    ...computeShare(item, parent, ctx.lang, ctx.words),
    ...computeChange(item, ctx.lang, ctx.words),
    note,
    noteMark: note === null ? null : ctx.nextNoteMark(),
  };
}

/** The figures of one group or legal change, and their footnotes in order. */
/** Figures with their notes, and whether any has a share or a change (tables show those columns then). */
export interface FigureList {
  items: FigureView[];
  notes: NoteView[];
  hasShare: boolean;
  hasChange: boolean;
}

export function buildFigures(items: readonly StatItem[], ctx: FigureContext): FigureList {
  const views = items.map((item) => buildFigure(item, ctx));
  const notes: NoteView[] = [];
  for (const v of views) {
    if (v.note !== null && v.noteMark !== null) notes.push({ mark: v.noteMark, text: v.note });
  }
  return { items: views, notes, hasShare: views.some((v) => v.share !== null), hasChange: views.some((v) => v.change !== null) };
}
