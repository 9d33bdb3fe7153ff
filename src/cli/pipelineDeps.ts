import type { loadBriefing, renderBriefing, renderRelease } from '../pipeline.js';

/** The two library functions the CLI drives; tests pass fakes. */
export interface PipelineDeps {
  loadBriefing: typeof loadBriefing;
  renderBriefing: typeof renderBriefing;
  /** Both files of `--format release`; without it (test fakes) the page alone comes from renderBriefing. */
  renderRelease?: typeof renderRelease;
}

/**
 * The real pipeline, imported only when a command needs it: `--help` and
 * `--version` stay instant, and fonts and templates are not touched for them.
 */
export async function loadPipeline(): Promise<PipelineDeps> {
  const pipeline = await import('../pipeline.js');
  return { loadBriefing: pipeline.loadBriefing, renderBriefing: pipeline.renderBriefing, renderRelease: pipeline.renderRelease };
}
