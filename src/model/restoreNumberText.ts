import { childPath, type PositionMap } from './positionMap.js';

/**
 * Where the schema read a bare number as a string (`article: 608`,
 * `value: 0102` in a contact), puts back the number as it was written in
 * the file: String(102) would lose the leading zero. Returns a new value.
 */
export function restoreNumberText<T>(input: unknown, output: T, positions: PositionMap | undefined, path = ''): T {
  if (!positions) return output;
  if (typeof input === 'number' && typeof output === 'string') {
    return (positions.get(path)?.numberText ?? output) as T;
  }
  if (Array.isArray(input) && Array.isArray(output)) {
    return output.map((item: unknown, i) => restoreNumberText(input[i], item, positions, childPath(path, i))) as T;
  }
  if (isRecord(input) && isRecord(output)) {
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(output)) {
      copy[key] = Object.prototype.hasOwnProperty.call(input, key) ? restoreNumberText(input[key], value, positions, childPath(path, key)) : value;
    }
    return copy as T;
  }
  return output;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
