import type { SourcePos } from './types.js';

/** The attribute the template stage puts on every start tag (see src/template/injectPositions.ts). */
export const POSITION_ATTRIBUTE = 'data-src';

/** `handout/partials/figures.hbs:12` → { template, line }; undefined when malformed. */
export function parseSourcePos(value: string): SourcePos | undefined {
  const at = value.lastIndexOf(':');
  if (at <= 0) return undefined;
  const line = Number(value.slice(at + 1));
  if (!Number.isInteger(line) || line < 1) return undefined;
  return { template: value.slice(0, at), line };
}
