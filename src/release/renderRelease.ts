import type { ValidatedBriefing } from '../model/validatedBriefing.js';
import type { BriefingView } from '../view/types.js';
import { templateError } from '../template/templateError.js';
import { stripInvalidXmlChars } from '../template/xmlChars.js';
import { compileRelease, type CompiledRelease } from './compileRelease.js';
import type { ReleaseKind } from './findReleaseTemplates.js';
import { releaseContext } from './releaseContext.js';

/** The press release: the web page and the same as plain text for e-mail. */
export interface Release {
  html: string;
  text: string;
}

const cache = new Map<string, CompiledRelease>();
/** Noncharacters: an HTML parser reports them as errors; invisible, so dropped like control characters. */
const NONCHARACTERS = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/g;

function compiled(kind: ReleaseKind, userDir?: string): CompiledRelease {
  const key = `${kind}\u0000${userDir ?? ''}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = compileRelease(kind, userDir);
    cache.set(key, hit);
  }
  return hit;
}

function run(kind: ReleaseKind, context: unknown, userDir?: string): string {
  try {
    return stripInvalidXmlChars(compiled(kind, userDir)(context)).replace(NONCHARACTERS, '');
  } catch (error) {
    throw templateError(error, `release/${kind}/layout.hbs`);
  }
}

/** Renders both forms of the release from the view (templates/release/html and txt). */
export function renderRelease(view: BriefingView, briefing: ValidatedBriefing, userDir?: string): Release {
  const context = releaseContext(view, briefing);
  const html = run('html', context, userDir);
  const text = run('txt', context, userDir)
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
  return { html, text };
}

/** Forgets the compiled release templates (`briefing watch`). */
export function invalidateReleaseCache(): void {
  cache.clear();
}
