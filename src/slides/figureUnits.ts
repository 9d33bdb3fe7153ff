import type { FigureView } from '../view/types.js';

/** A figure with the figures that are its parts (`of`, and theirs): never parted on slides. */
export interface FigureUnit {
  root: FigureView;
  /** The root first, then its parts depth first, in data order. */
  figures: FigureView[];
}

/** The figures as units: each top-level figure with its parts, in data order. */
export function figureUnits(figures: readonly FigureView[]): FigureUnit[] {
  const ids = new Set(figures.map((f) => f.id).filter((id) => id !== null));
  const isRoot = (f: FigureView): boolean => f.of === null || !ids.has(f.of);
  const used = new Set<FigureView>();
  const collect = (f: FigureView, into: FigureView[]): void => {
    if (used.has(f)) return;
    used.add(f);
    into.push(f);
    if (f.id !== null) for (const p of figures) if (p.of === f.id) collect(p, into);
  };
  const units: FigureUnit[] = [];
  for (const f of figures) {
    if (!isRoot(f) || used.has(f)) continue;
    const list: FigureView[] = [];
    collect(f, list);
    units.push({ root: f, figures: list });
  }
  // A cycle of parts has no root: each figure not reached stands alone.
  for (const f of figures) if (!used.has(f)) collect(f, units[units.push({ root: f, figures: [] }) - 1]!.figures);
  return units;
}

/**
 * The leading units: largest root first, as many as fit `capacity` figures
 * (at least one unit), shown in that order; and how many figures are left out.
 */
export function leadingUnits(figures: readonly FigureView[], capacity: number): { shown: FigureView[]; rest: number } {
  const units = figureUnits(figures).sort((a, b) => b.root.number - a.root.number);
  const shown: FigureView[] = [];
  for (const u of units) {
    if (shown.length > 0 && shown.length + u.figures.length > capacity) continue;
    shown.push(...u.figures);
  }
  return { shown, rest: figures.length - shown.length };
}

/** The footnotes of the figures shown (their marks are on the slide), in mark order. */
export function notesOf(figures: readonly FigureView[]): { mark: string; text: string }[] {
  const notes = figures.filter((f) => f.noteMark !== null && f.note !== null).map((f) => ({ mark: f.noteMark!, text: f.note! }));
  return notes.sort((a, b) => Number(a.mark) - Number(b.mark));
}
