/**
 * The public API of `briefing` (CONTRACT.md, "The library"). This file only
 * re-exports; nothing here prints, exits or writes files.
 */
export { loadBriefing, renderBriefing, FORMATS } from './pipeline.js';
export type { Format, RenderOptions } from './pipeline.js';
export { renderRelease } from './pipeline.js';
export type { Release } from './pipeline.js';

export type { Briefing, BriefingInput, Speaker, Section, StatGroup, StatItem, Unit, LegalChange, Quote, Contact, Lang } from './model/schema.js';

/** What templates see: the briefing formatted for its language (for authors of custom templates). */
export type { BriefingView } from './view/types.js';

export { BriefingError, isBriefingError, formatProblem } from './diagnostics/index.js';
export type { Problem, ProblemCode, Severity } from './diagnostics/index.js';
