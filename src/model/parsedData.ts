import type { Problem } from '../diagnostics/index.js';
import type { SourcePosition } from './positionMap.js';

/** What a parser gives the validator: the plain value, where each part sits, and syntax problems. */
export interface ParsedData {
  value: unknown;
  positions: Map<string, SourcePosition>;
  problems: Problem[];
  /** True when the text is not valid YAML/JSON: `value` is not worth validating. */
  fatal: boolean;
}

/** Keeps the first syntax problem of each line: parsers that recover report cascades. */
export function onePerLine(problems: readonly Problem[]): Problem[] {
  const seen = new Set<number | undefined>();
  return problems.filter((p) => {
    if (seen.has(p.line)) return false;
    seen.add(p.line);
    return true;
  });
}

/** Sets a property even when the key is `__proto__`. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
