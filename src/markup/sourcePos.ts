import type { SourcePos } from './types.js';

/** `handout/partials/figures.hbs:12` → { template, line }; undefined when malformed. */
export function parseSourcePos(value: string): SourcePos | undefined {
  const at = value.lastIndexOf(':');
  if (at <= 0) return undefined;
  const line = Number(value.slice(at + 1));
  if (!Number.isInteger(line) || line < 1) return undefined;
  return { template: value.slice(0, at), line };
}
