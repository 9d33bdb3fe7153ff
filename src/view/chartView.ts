import type { Lang, StatItem } from '../model/schema.js';
import type { ChartBarView, ChartView, FigureView } from './types.js';
import { chartAlt } from './chartAlt.js';
import { axisLabels } from './scaleAxis.js';
import { computeChange } from './change.js';
import { niceTicks } from './chartTicks.js';
import { formatQuantity } from './formatFigure.js';
import { fillPattern, word, type Words } from './locale.js';

/** `auto` draws no chart for more bars than this (a long list reads better as figures). */
export const MAX_AUTO_BARS = 12;

export interface ChartInput {
  title: string;
  setting: 'auto' | 'bar' | 'none';
  items: readonly StatItem[];
  /** The items' views, index for index. */
  figures: readonly FigureView[];
  lang: Lang;
  words: Words;
}

interface Entry {
  item: StatItem;
  figure: FigureView;
  index: number;
}

/**
 * The chart a statistics group gets, or null. `none` never draws one. `auto`:
 * a part-of chain inside the group (`of`) becomes a funnel of the chain;
 * otherwise the largest set of figures with the same unit (two or more, or
 * one with `previous`) becomes bars; a single figure, figures that share no
 * unit, more than MAX_AUTO_BARS figures or a negative value get no chart.
 * `bar` draws bars (a chain counts as the unit of its first item), without
 * the limit, and a single figure against its previous value. Figures with different units are never put on one axis.
 */
export function buildChart(input: ChartInput): ChartView | null {
  if (input.setting === 'none') return null;
  const entries: Entry[] = input.items.map((item, index) => ({ item, figure: input.figures[index]!, index }));
  if (entries.some((e) => !(e.item.value >= 0) || (e.item.previous !== undefined && !(e.item.previous >= 0)))) return null;
  const chain = input.setting === 'auto' ? firstChain(entries) : null;
  const chosen = chain ?? largestUnitSet(entries);
  if (chosen === null) return null;
  const isFunnel = chain !== null;
  // A single figure is a big number; `bar` still draws it against its previous value.
  if (!isFunnel && chosen.length === 1 && (input.setting === 'auto' || chosen[0]!.item.previous === undefined)) return null;
  if (input.setting === 'auto' && chosen.length > MAX_AUTO_BARS) return null;
  const depthOf = isFunnel ? chainDepths(chosen) : new Map<Entry, number>();
  const drawn = new Set(chosen);
  const firstWithId = firstWithIds(entries);
  const bars = chosen.map((e) => buildBar(e, isFunnel ? (depthOf.get(e) ?? 0) : 0, isFunnel, firstWithId, input));
  const max = Math.max(...bars.map((b) => Math.max(b.number, b.previousNumber ?? 0)));
  const view: Omit<ChartView, 'alt'> = {
    kind: isFunnel ? 'funnel' : 'bars',
    bars,
    ticks: isFunnel
      ? []
      : axisTicks(
          niceTicks(
            max,
            5,
            bars.every((b) => Number.isInteger(b.number) && Number.isInteger(b.previousNumber ?? 0)),
          ),
          input,
        ),
    others: entries.filter((e) => !drawn.has(e)).map((e) => e.figure),
  };
  return { ...view, alt: chartAlt(input.title, view.bars, input.words) };
}

function axisTicks(values: readonly number[], input: ChartInput): { number: number; label: string }[] {
  const labels = axisLabels(values, input.lang, input.words);
  return values.map((n, i) => ({ number: n, label: labels[i]! }));
}

function buildBar(e: Entry, depth: number, isFunnel: boolean, firstWithId: ReadonlyMap<string, Entry>, input: ChartInput): ChartBarView {
  const f = e.figure;
  const parent = isFunnel && e.item.of !== undefined ? firstWithId.get(e.item.of) : undefined;
  const change = shortChange(e.item, input.lang, input.words);
  const note = isFunnel ? f.share : change;
  const previous = e.item.previous;
  return {
    label: f.label,
    number: e.item.value,
    display: f.display,
    valueLabel: note === null ? f.display : `${f.display} (${note})`,
    depth,
    parentNumber: parent === undefined ? null : parent.item.value,
    share: f.share,
    previousNumber: previous ?? null,
    previousLabel:
      previous === undefined
        ? null
        : fillPattern(word(input.words, 'chartPrevious'), { previous: formatQuantity(previous, e.item.unit, input.lang, e.item.previousDigits) }),
    change,
  };
}

/** The change against `previous` without the period words: «+12,4 %», «без изменений»; null from zero. */
function shortChange(item: StatItem, lang: Lang, words: Words): string | null {
  const prev = item.previous;
  if (prev === undefined) return null;
  if (prev === 0 && item.value !== prev) return null; // «было 0»: the previous bar's own label says it
  return computeChange(item, lang, words).changeValue;
}

/** The first entry with each id, in the order given. */
function firstWithIds(entries: readonly Entry[]): Map<string, Entry> {
  const first = new Map<string, Entry>();
  for (const e of entries) if (e.item.id !== undefined && !first.has(e.item.id)) first.set(e.item.id, e);
  return first;
}

/** The first item with parts in the group, then its parts (and theirs), depth first, in data order. */
function firstChain(entries: readonly Entry[]): Entry[] | null {
  const byId = new Map(entries.filter((e) => e.item.id !== undefined).map((e) => [e.item.id!, e]));
  // The parts of each id, in data order: every lookup below is linear in the group (a group may hold thousands).
  const byOf = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.item.of === undefined) continue;
    const parts = byOf.get(e.item.of);
    if (parts) parts.push(e);
    else byOf.set(e.item.of, [e]);
  }
  const partsOf = (e: Entry): Entry[] => (e.item.id === undefined ? [] : (byOf.get(e.item.id) ?? []).filter((p) => p !== e));
  const root = entries.find((e) => (e.item.of === undefined || !byId.has(e.item.of)) && partsOf(e).length > 0);
  if (root === undefined || root.item.value <= 0) return null;
  // Depth first, in data order, with a stack of its own: a chain may be thousands of links long.
  const chain: Entry[] = [];
  const inChain = new Set<Entry>();
  const todo: Entry[] = [root];
  while (todo.length > 0) {
    const e = todo.pop()!;
    if (inChain.has(e)) continue;
    chain.push(e);
    inChain.add(e);
    const parts = partsOf(e);
    for (let i = parts.length - 1; i >= 0; i--) todo.push(parts[i]!);
  }
  return chain;
}

function chainDepths(chain: readonly Entry[]): Map<Entry, number> {
  const depths = new Map<Entry, number>();
  const firstWithId = firstWithIds(chain);
  for (const e of chain) {
    const parent = e.item.of === undefined ? undefined : firstWithId.get(e.item.of);
    depths.set(e, parent === undefined ? 0 : (depths.get(parent) ?? 0) + 1);
  }
  return depths;
}

/** Figures grouped by unit (a part counts as the unit of the item it is a part of); the largest group, first on ties. */
function largestUnitSet(entries: readonly Entry[]): Entry[] | null {
  const byId = new Map(entries.filter((e) => e.item.id !== undefined).map((e) => [e.item.id!, e]));
  // The unit of the top of each item's chain, remembered for every item on the way (chains may be thousands long).
  const keyOf = new Map<Entry, string>();
  const unitKey = (e: Entry): string => {
    const seen = new Set<Entry>();
    const path: Entry[] = [];
    let cur = e;
    while (cur.item.of !== undefined && byId.has(cur.item.of) && !seen.has(cur)) {
      const known = keyOf.get(cur);
      if (known !== undefined) {
        for (const p of path) keyOf.set(p, known);
        return known;
      }
      seen.add(cur);
      path.push(cur);
      cur = byId.get(cur.item.of)!;
    }
    const key = JSON.stringify(cur.item.unit ?? null);
    // A walk that stopped on a loop (refused by validation) is not remembered.
    if (!seen.has(cur)) {
      for (const p of path) keyOf.set(p, key);
      keyOf.set(cur, key);
    }
    return key;
  };
  const sets = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = unitKey(e);
    const set = sets.get(key);
    if (set) set.push(e);
    else sets.set(key, [e]);
  }
  let best: Entry[] | null = null;
  for (const set of sets.values()) if (best === null || set.length > best.length) best = set;
  return best;
}
