import type { ValidatedBriefing } from '../model/validatedBriefing.js';
import type { loadBriefing, Release, RenderOptions } from '../pipeline.js';

/**
 * The library functions the CLI drives; tests pass fakes. The CLI renders
 * only what loadBriefing returned, so the briefing is validated once, however
 * many formats are asked for.
 */
export interface PipelineDeps {
  loadBriefing: typeof loadBriefing;
  renderBriefing: (briefing: ValidatedBriefing, options?: RenderOptions) => Promise<Uint8Array>;
  /** Both files of `--format release`; without it (test fakes) the page alone comes from renderBriefing. */
  renderRelease?: (briefing: ValidatedBriefing, options?: Pick<RenderOptions, 'templates'>) => Promise<Release>;
}

/**
 * The real pipeline, imported only when a command needs it: `--help` and
 * `--version` stay instant, and fonts and templates are not touched for them.
 */
export async function loadPipeline(): Promise<PipelineDeps> {
  const pipeline = await import('../pipeline.js');
  return { loadBriefing: pipeline.loadBriefing, renderBriefing: pipeline.renderBriefing, renderRelease: pipeline.renderRelease };
}
