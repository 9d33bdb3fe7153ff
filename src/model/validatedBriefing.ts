import type { Briefing } from './schema.js';

declare const validated: unique symbol;

/**
 * A briefing that passed validation (checkBriefing, and so loadBriefingFile,
 * loadBriefingText and validateBriefing): logo and photos as absolute paths,
 * figures with the digits they were written with, its images inspected. The
 * render path takes only this type, so a document is validated, and its
 * images read, once however many formats or previews are drawn from it.
 */
export type ValidatedBriefing = Briefing & { readonly [validated]: true };

/** The briefings validation returned, by identity: a copy or a literal is not one of them. */
const made = new WeakSet<Briefing>();

/** Brands a briefing that checkBriefing found no problem in; nothing else may call it. */
export function markValidated(briefing: Briefing): ValidatedBriefing {
  made.add(briefing);
  return briefing as ValidatedBriefing;
}

/** Whether the validator returned this very object (a spread copy must be validated again). */
export function isValidated(briefing: Briefing): briefing is ValidatedBriefing {
  return made.has(briefing);
}
