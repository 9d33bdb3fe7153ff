import type { Theme } from '../style/theme.js';
import type { SlidePlan } from '../slides/types.js';
import type { BriefingView } from '../view/types.js';

export async function renderPptx(view: BriefingView, plan: SlidePlan, theme: Theme): Promise<Uint8Array> {
  void view; void plan; void theme;
  return new Uint8Array();
}
