import type { Problem } from '../diagnostics/index.js';
import { findPosition, type PositionMap } from './positionMap.js';
import type { Briefing, StatItem } from './schema.js';

/** A count: its unit is given as plural forms, or it has none. A negative count is a slip. */
function isCount(item: StatItem): boolean {
  return item.unit === undefined || Array.isArray(item.unit);
}

/**
 * Figures that the contract accepts but a reader would not believe: a part
 * larger than its whole (`of`), a negative count, a `chart: bar` that a
 * negative figure keeps from being drawn. Warnings (the file still
 * renders), each with the file, the path and the line.
 */
export function checkPlausibility(briefing: Briefing, file?: string, positions?: PositionMap): Problem[] {
  const lists: { items: readonly StatItem[]; path: string }[] = [
    ...(briefing.statistics ?? []).map((g, i) => ({ items: g.items, path: `statistics[${i}].items` })),
    ...(briefing.legal ?? []).map((l, i) => ({ items: l.items ?? [], path: `legal[${i}].items` })),
  ];
  const byId = new Map<string, StatItem>();
  for (const { items } of lists) for (const it of items) if (it.id !== undefined && !byId.has(it.id)) byId.set(it.id, it);
  const problems: Problem[] = [];
  const warn = (path: string, message: string, hint: string): void => {
    const pos = findPosition(positions, path);
    problems.push({ code: 'implausible', severity: 'warning', file, path, line: pos?.line, column: pos?.column, message, hint });
  };
  // A chart asked for by name that cannot be drawn: bars start at zero, so a negative figure has none.
  (briefing.statistics ?? []).forEach((g, i) => {
    if (g.chart !== 'bar') return;
    const k = g.items.findIndex((it) => it.value < 0 || (it.previous !== undefined && it.previous < 0));
    if (k >= 0)
      warn(
        `statistics[${i}].chart`,
        `диаграмма не построена: у показателя ${k + 1} отрицательное значение, а столбцы начинаются с нуля`,
        'показатели группы напечатаны без диаграммы; уберите chart: bar или проверьте знак',
      );
  });
  for (const { items, path } of lists) {
    items.forEach((item, k) => {
      const at = `${path}[${k}].value`;
      if (item.value < 0 && isCount(item)) {
        warn(at, `отрицательное количество: ${item.value}`, 'проверьте знак: количество (факты, случаи, человек) не бывает меньше нуля');
      }
      const whole = item.of === undefined ? undefined : byId.get(item.of);
      if (whole !== undefined && item.value > whole.value) {
        warn(
          at,
          `часть больше целого: ${item.value} из ${whole.value} (of: ${item.of})`,
          'проверьте цифру или ссылку of: часть не может быть больше того, частью чего она является',
        );
      }
    });
  }
  return problems;
}

const remembered = new WeakMap<Briefing, readonly Problem[]>();

/** Keeps the warnings found when a briefing was loaded, for the render to report. */
export function rememberWarnings(briefing: Briefing, warnings: readonly Problem[]): void {
  if (warnings.length > 0) remembered.set(briefing, warnings);
}

/** The warnings found when this briefing was loaded (none for a briefing built in code). */
export function warningsOf(briefing: Briefing): readonly Problem[] {
  return remembered.get(briefing) ?? [];
}
