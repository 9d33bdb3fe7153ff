import { z } from 'zod';
import { briefingSchema } from './schema.js';
import type { PathSegment } from './positionMap.js';

type AnySchema = z.core.$ZodType;

function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as AnySchema;
    else if (s instanceof z.ZodPipe) s = s.in as AnySchema;
    else return s;
  }
}

/** The keys the contract allows for the object at `path` (empty if it is not an object). */
export function knownKeysAt(path: readonly PathSegment[]): string[] {
  let s: AnySchema | undefined = briefingSchema;
  for (const segment of path) {
    const here = unwrap(s);
    if (typeof segment === 'number') s = here instanceof z.ZodArray ? (here.element as AnySchema) : undefined;
    else s = here instanceof z.ZodObject ? (here.shape as Record<string, AnySchema>)[segment] : undefined;
    if (!s) return [];
  }
  const last = unwrap(s);
  return last instanceof z.ZodObject ? Object.keys(last.shape) : [];
}
