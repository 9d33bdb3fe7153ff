import type { HandlebarsEnv } from './env.js';

/**
 * Small logic helpers for subexpressions: `{{#if (eq depth 0)}}`,
 * `{{#if (or share change)}}`, `{{#unless (not x)}}`. Truthiness is
 * Handlebars' own: null, false, "", 0 and [] are false.
 */
export function register(hb: HandlebarsEnv): void {
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('ne', (a: unknown, b: unknown) => a !== b);
  hb.registerHelper('not', (a: unknown) => !truthy(a));
  hb.registerHelper('and', (...args: unknown[]) => params(args).every(truthy));
  hb.registerHelper('or', (...args: unknown[]) => params(args).some(truthy));
}

/** The helper's arguments without the trailing Handlebars options object. */
export function params(args: unknown[]): unknown[] {
  return args.slice(0, -1);
}

export function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}
