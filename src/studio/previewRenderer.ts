import { randomUUID } from 'node:crypto';
import { isBriefingError } from '../diagnostics/index.js';
import type { Problem } from '../diagnostics/problem.js';
import { loadBriefingText } from '../model/loadBriefing.js';
import type { Format } from '../pipeline.js';
import { renderBriefing } from '../pipeline.js';
import { rasterizePdf } from '../cli/png/rasterizePdf.js';

/** Preview pages are drawn at 80 dpi: an A4 page is 661 × 935 pixels, sharp beside the editor. */
export const PREVIEW_DPI = 80;
const KEPT_PREVIEWS = 6;

export interface RenderRequest {
  text: string;
  /** The absolute path the text belongs to (images are looked for beside it). */
  path: string;
  format: Format;
  /** An absolute theme file, or undefined for the templates' own theme. */
  theme: string | undefined;
}

import type { CheckResult, PageProblem } from './pageTypes.js';
export type { CheckResult, PageProblem } from './pageTypes.js';

function pageProblem(p: Problem): PageProblem {
  const { severity, message, line, column, path, expected, hint } = p;
  return { severity, message, line, column, path, expected, hint };
}

function problemsOf(error: unknown): PageProblem[] {
  if (isBriefingError(error)) return error.problems.map(pageProblem);
  return [{ severity: 'error', message: `не удалось построить документ: ${(error as Error).message ?? String(error)}` }];
}

/**
 * Checks and renders the studio's text one request at a time (the pipeline
 * runs in this process) and keeps the page images of the last few previews.
 */
export class PreviewRenderer {
  private readonly previews = new Map<string, Uint8Array[]>();
  private queue: Promise<unknown> = Promise.resolve();
  /** How many previews were drawn (bench and tests count work, not time). */
  rendered = 0;

  /** Validates exactly as `briefing validate` does, then renders and draws the pages. */
  check(request: RenderRequest): Promise<CheckResult> {
    const run = this.queue.then(() => this.run(request));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The PDF of the text, or its problems. */
  pdf(request: RenderRequest): Promise<Uint8Array | PageProblem[]> {
    const run = this.queue.then(async () => {
      try {
        const briefing = loadBriefingText(request.text, request.path);
        return await renderBriefing(briefing, { format: request.format, ...(request.theme ? { theme: request.theme } : {}) });
      } catch (error) {
        return problemsOf(error);
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  page(id: string, n: number): Uint8Array | undefined {
    return this.previews.get(id)?.[n - 1];
  }

  private async run(request: RenderRequest): Promise<CheckResult> {
    const warnings: PageProblem[] = [];
    let pdf: Uint8Array;
    try {
      const briefing = loadBriefingText(request.text, request.path);
      pdf = await renderBriefing(briefing, {
        format: request.format,
        onWarning: (p) => warnings.push(pageProblem(p)),
        ...(request.theme ? { theme: request.theme } : {}),
      });
    } catch (error) {
      return { ok: false, problems: problemsOf(error) };
    }
    const pages = await rasterizePdf(pdf, PREVIEW_DPI);
    const id = randomUUID();
    this.previews.set(id, pages);
    this.rendered++;
    for (const old of this.previews.keys()) {
      if (this.previews.size <= KEPT_PREVIEWS) break;
      this.previews.delete(old);
    }
    return { ok: true, id, pages: pages.length, warnings };
  }
}
