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
        const fail = (message: string): void => {
          problems.push(inexactFigure(message, path, file, positions));
        };
        const given = givenDigits.get(`${base}.items[${i}].${digitsField}`);
        if (given !== undefined) {
          if (typeof given !== 'string' || !/^-?\d+(?:\.\d+)?$/.test(given) || Number(given) !== value)
            fail(`цифры ${digitsField} "${String(given)}" не совпадают с ${field} ${value}`);
          else out[digitsField] = given;
          continue;
        }
        const found = writtenDigits(value, path, positions);
        if (found && 'refused' in found) fail(found.refused);
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

/** The problem of a figure at `path` that cannot be printed exactly. */
function inexactFigure(message: string, path: string, file: string | undefined, positions: PositionMap | undefined): Problem {
  const pos = findPosition(positions, path);
  return { code: 'type', severity: 'error', file, path, line: pos?.line, column: pos?.column, message, expected: 'число, которое можно напечатать точно' };
}

/** The digits of the figure at `path` as the file wrote them, or why they cannot be printed exactly (with the text). */
function writtenDigits(value: number, path: string, positions: PositionMap | undefined): { digits: string } | { refused: string } | undefined {
  const text = positions?.get(path)?.numberText;
  const found = text === undefined ? exactDigits(String(value), value) : exactDigits(text, value);
  return found && 'refused' in found ? { refused: `${found.refused}: ${text ?? value}` } : found;
}

/**
 * The figures of data that did not pass the schema which could not be
 * printed exactly either, so that every problem of a file is listed at once
 * (`value: abc` beside `value: 1e41`). Only numbers where the contract puts
 * figures are looked at; anything else is the schema's to report.
 */
export function digitProblemsOf(value: unknown, file: string | undefined, positions: PositionMap | undefined): Problem[] {
  const problems: Problem[] = [];
  const top = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  for (const list of ['statistics', 'legal'] as const) {
    const groups = Array.isArray(top[list]) ? (top[list] as unknown[]) : [];
    groups.forEach((g, gi) => {
      const items = typeof g === 'object' && g !== null && Array.isArray((g as { items?: unknown }).items) ? (g as { items: unknown[] }).items : [];
      items.forEach((item, ii) => {
        if (typeof item !== 'object' || item === null) return;
        for (const [field] of FIELDS) {
          const v = (item as Record<string, unknown>)[field];
          if (typeof v !== 'number') continue;
          const path = `${list}[${gi}].items[${ii}].${field}`;
          const found = writtenDigits(v, path, positions);
          if (!found || !('refused' in found)) continue;
          problems.push(inexactFigure(found.refused, path, file, positions));
        }
      });
    });
  }
  return problems;
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
