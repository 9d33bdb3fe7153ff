import type { Problem } from '../diagnostics/index.js';
import { exactDigits } from './exactDigits.js';
import { findPosition, type PositionMap } from './positionMap.js';
import type { Briefing, StatItem } from './schema.js';

const FIELDS = [
  ['value', 'valueDigits'],
  ['previous', 'previousDigits'],
] as const;

/**
 * Puts beside every figure (`value`, `previous`) the digits it was written
 * with (`valueDigits`, `previousDigits`), so the view prints them exactly.
 * A figure that cannot be printed exactly, or digits that do not match
 * their value, are problems. Digits are added only where the number itself
 * would print differently (`1.50`, 17 digits and more). Returns a new briefing.
 */
export function attachDigits(
  b: Briefing,
  file: string | undefined,
  positions: PositionMap | undefined,
  givenDigits: ReadonlyMap<string, unknown> = new Map(),
): { briefing: Briefing; problems: Problem[] } {
  const problems: Problem[] = [];
  const items = (list: readonly StatItem[], base: string): StatItem[] =>
    list.map((item, i) => {
      const out: StatItem = { ...item };
      for (const [field, digitsField] of FIELDS) {
        const value = item[field];
        if (value === undefined) continue;
        const path = `${base}.items[${i}].${field}`;
        const pos = findPosition(positions, path);
        const fail = (message: string): void => {
          problems.push({
            code: 'type',
            severity: 'error',
            file,
            path,
            line: pos?.line,
            column: pos?.column,
            message,
            expected: 'число, которое можно напечатать точно',
          });
        };
        const given = givenDigits.get(`${base}.items[${i}].${digitsField}`);
        if (given !== undefined) {
          if (typeof given !== 'string' || !/^-?\d+(?:\.\d+)?$/.test(given) || Number(given) !== value)
            fail(`цифры ${digitsField} "${String(given)}" не совпадают с ${field} ${value}`);
          else out[digitsField] = given;
          continue;
        }
        const text = positions?.get(path)?.numberText;
        const found = text === undefined ? exactDigits(String(value), value) : exactDigits(text, value);
        if (found && 'refused' in found) fail(`${found.refused}: ${text ?? value}`);
        else if (found && found.digits !== plain(value)) out[digitsField] = found.digits;
      }
      return out;
    });
  const briefing: Briefing = {
    ...b,
    ...(b.statistics ? { statistics: b.statistics.map((g, i) => ({ ...g, items: items(g.items, `statistics[${i}]`) })) } : {}),
    ...(b.legal ? { legal: b.legal.map((l, i) => (l.items ? { ...l, items: items(l.items, `legal[${i}]`) } : l)) } : {}),
  };
  return { briefing, problems };
}

/** The digits a number prints with by itself. */
function plain(value: number): string | undefined {
  const own = exactDigits(String(value), value);
  return own && 'digits' in own ? own.digits : undefined;
}

/**
 * A Briefing handed back to the validator (a copy of a loaded one, which
 * renderBriefing validates again) carries the digits the loader added: they
 * are taken out before the strict schema sees the items, by path, and
 * checked against their numbers after.
 */
export function takeDigits(value: unknown): { value: unknown; digits: Map<string, unknown> } {
  const digits = new Map<string, unknown>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { value, digits };
  const top = { ...(value as Record<string, unknown>) };
  for (const list of ['statistics', 'legal'] as const) {
    const groups = top[list];
    if (!Array.isArray(groups)) continue;
    top[list] = groups.map((g: unknown, gi) => {
      if (typeof g !== 'object' || g === null || !Array.isArray((g as { items?: unknown }).items)) return g;
      const items = (g as { items: unknown[] }).items.map((item, ii) => {
        if (typeof item !== 'object' || item === null) return item;
        const { valueDigits, previousDigits, ...rest } = item as Record<string, unknown>;
        if (valueDigits !== undefined) digits.set(`${list}[${gi}].items[${ii}].valueDigits`, valueDigits);
        if (previousDigits !== undefined) digits.set(`${list}[${gi}].items[${ii}].previousDigits`, previousDigits);
        return valueDigits === undefined && previousDigits === undefined ? item : rest;
      });
      return { ...(g as object), items };
    });
  }
  return { value: top, digits };
}
