import type { HandlebarsEnv } from './env.js';
import { register as registerRich } from './rich.js';
import { register as registerLogic } from './logic.js';
import { register as registerCollections } from './collections.js';
import { register as registerPages } from './pages.js';

export type { HandlebarsEnv } from './env.js';

const GROUPS = [registerRich, registerLogic, registerCollections, registerPages];

/**
 * Registers every helper group into `hb` and returns the `knownHelpers`
 * table for compiling with `knownHelpersOnly` (built-ins included).
 */
export function registerHelpers(hb: HandlebarsEnv): Record<string, boolean> {
  for (const register of GROUPS) register(hb);
  return Object.fromEntries(Object.keys(hb.helpers).map((name) => [name, true]));
}
