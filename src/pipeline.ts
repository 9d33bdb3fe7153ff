/**
 * The whole pipeline, in order. Each stage is a function from one typed value
 * to the next; this is the only file that knows their order (see DESIGN.md).
 *
 *   data file ──load──▶ Briefing ──view──▶ BriefingView ──template──▶ markup text
 *     ──parse──▶ MarkupElement ──style──▶ StyledDocument ──layout──▶ LaidOutDocument
 *     ──render──▶ PDF bytes
 *
 * Validation happens once per document, in load: the render path takes a
 * ValidatedBriefing and never validates (nor reads the images) again.
 */
import type { Briefing } from './model/schema.js';
import { loadBriefingFile } from './model/loadBriefing.js';
import { validateBriefing } from './model/validateBriefing.js';
import { isValidated, type ValidatedBriefing } from './model/validatedBriefing.js';
import { warningsOf } from './model/checkPlausibility.js';
import { replaceLoneSurrogates } from './model/replaceLoneSurrogates.js';
import { asStageError, runStage } from './diagnostics/internalProblem.js';
import { buildView } from './view/buildView.js';
import { loadTemplateSet } from './template/loadTemplateSet.js';
import { themeFor } from './template/loadTheme.js';
import { parseMarkup } from './markup/parseMarkup.js';
import { applyStyles } from './style/applyStyles.js';
import { layoutDocument } from './layout/layoutDocument.js';
import { renderPdf } from './render/renderPdf.js';
import { fontLibrary } from './assets/fontLibrary.js';
import { imageLibrary } from './assets/imageLibrary.js';
import { createHyphenator } from './layout/typography/hyphenator.js';
import { renderDocx } from './docx/renderDocx.js';
import { renderRelease as renderReleaseFromView, type Release } from './release/renderRelease.js';
import { deckPlan } from './slides/deckPlan.js';
import { renderPptx } from './pptx/renderPptx.js';

export type Format = 'handout' | 'slides' | 'docx' | 'release' | 'pptx';
export const FORMATS: readonly Format[] = ['handout', 'slides', 'docx', 'release', 'pptx'];
export type { Release } from './release/renderRelease.js';

export interface RenderOptions {
  /**
   * `handout` (A4 portrait, the default), `slides` (16:9), `docx` (the handout for Word),
   * `release` (the press release page) or `pptx` (the slides as an editable PowerPoint file).
   */
  format?: Format;
  /** Make the PDF conform to PDF/A-2. */
  pdfa?: boolean;
  /** A folder with the user's own templates (`<dir>/<format>/layout.hbs`). */
  templates?: string;
  /** A theme file (JSON, the shape of `theme.json`, any part optional) merged over the templates' theme. */
  theme?: string;
  /** Called with warnings (characters no font has…); nothing is printed. */
  onWarning?: (problem: import('./diagnostics/problem.js').Problem) => void;
}

/**
 * Reads and validates a data file (YAML or JSON). Rejects with a BriefingError.
 * `options.assets`: the folder `logo` and `photo` resolve in and must stay
 * inside (the data file's folder by default).
 */
export async function loadBriefing(path: string, options: { assets?: string } = {}): Promise<ValidatedBriefing> {
  try {
    return await loadBriefingFile(path, options);
  } catch (error) {
    throw asStageError(error, 'load', undefined, path);
  }
}

/**
 * Renders a briefing to the bytes of one file: the PDF (`handout`, `slides`),
 * the Word handout (`docx`), the release's HTML page (`release`, UTF-8) or
 * the PowerPoint deck (`pptx`, drawn from the same slide plan as `slides`).
 * A briefing from loadBriefing is not validated again; any other (built in
 * code, or a copy) is validated first. Rejects with a BriefingError on bad
 * input or templates.
 */
export async function renderBriefing(briefing: Briefing, options: RenderOptions = {}): Promise<Uint8Array> {
  // Each stage's internal errors (TypeError, RangeError, fontkit) become a problem with its place.
  const checked = isValidated(briefing) ? withoutLoneSurrogates(briefing, options.onWarning) : validateHere(withoutLoneSurrogates(briefing, options.onWarning));
  // Figures a reader would not believe (a part larger than its whole…): warnings, found at load.
  for (const w of warningsOf(briefing)) options.onWarning?.(w);
  return renderValidated(checked, options);
}

/** The render path: from a validated briefing to the bytes of one format. */
async function renderValidated(data: ValidatedBriefing, options: RenderOptions): Promise<Uint8Array> {
  const format = options.format ?? 'handout';
  const view = runStage('view', () => buildView(data), data);
  if (format === 'docx') return renderDocx(view);
  if (format === 'release') return new TextEncoder().encode(runStage('template', () => renderReleaseFromView(view, data, options.templates), data).html);
  const templates = loadTemplateSet(format === 'pptx' ? 'slides' : format, options.templates);
  const theme = themeFor(templates, options.theme);
  const shown = theme.logo && !view.logo ? { ...view, logo: theme.logo } : view;
  // The slides and the PPTX draw the same slide plan.
  const plan = format === 'slides' || format === 'pptx' ? deckPlan(shown, theme.options, options.onWarning) : null;
  if (format === 'pptx') return renderPptx(shown, plan!, theme);
  const markup = runStage('template', () => templates.render(shown, theme.options ?? {}, plan === null ? {} : { slides: plan.slides }), data);
  const tree = runStage('parse', () => parseMarkup(markup), data);
  const styled = runStage('style', () => applyStyles(tree, theme), data);
  const fonts = fontLibrary(theme.fonts);
  const laidOut = runStage(
    'layout',
    () =>
      layoutDocument(styled, {
        metrics: fonts.metrics,
        images: imageLibrary(),
        hyphenator: createHyphenator(),
        meta: view.meta,
        onWarning: options.onWarning,
      }),
    data,
  );
  try {
    return await renderPdf(laidOut, { fonts, pdfa: options.pdfa ?? false });
  } catch (error) {
    throw asStageError(error, 'render', data);
  }
}

/**
 * The briefing with every lone surrogate replaced (each with a warning). The
 * copy of a validated briefing is still valid: one UTF-16 unit for another.
 */
function withoutLoneSurrogates<T extends Briefing>(briefing: T, onWarning: RenderOptions['onWarning']): T {
  const clean = replaceLoneSurrogates(briefing);
  clean.warnings.forEach((w) => onWarning?.(w));
  return clean.value;
}

/** Validates a briefing that did not come from the validator (built in code, or a copy). */
function validateHere(data: Briefing): ValidatedBriefing {
  return runStage('view', () => validateBriefing(data), data);
}

/**
 * The press release: the web page (HTML5) and the same as plain text for e-mail (templates/release/).
 * Like renderBriefing, it validates only a briefing that did not come from loadBriefing.
 */
export async function renderRelease(briefing: Briefing, options: Pick<RenderOptions, 'templates'> = {}): Promise<Release> {
  const checked = isValidated(briefing) ? briefing : validateBriefing(briefing);
  return renderReleaseFromView(buildView(checked), checked, options.templates);
}
