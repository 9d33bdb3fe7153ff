import type { Problem } from '../diagnostics/problem.js';
import type { Theme } from '../template/theme/theme.js';
import type { BriefingView } from '../view/types.js';
import { planSlides } from './planSlides.js';
import type { SlidePlan } from './types.js';
import { pluralIndex } from '../view/pluralUnit.js';

/**
 * The slide plan of a deck with the theme's options (`slideBudget`,
 * `narrative`); a warning through `onWarning` when the budget cannot be met.
 */
export function deckPlan(view: BriefingView, options: Theme['options'], onWarning?: (p: Problem) => void): SlidePlan {
  const o = options ?? {};
  const budget = typeof o['slideBudget'] === 'number' ? o['slideBudget'] : undefined;
  const narrative = o['narrative'] === false ? false : undefined;
  const plan = planSlides(view, { ...(budget === undefined ? {} : { slideBudget: budget }), ...(narrative === undefined ? {} : { narrative }) });
  if (plan.overBudget) {
    onWarning?.({
      code: 'slides',
      severity: 'warning',
      message: `в презентации ${plan.slides.length} ${['слайд', 'слайда', 'слайдов'][pluralIndex(plan.slides.length, 'ru')]}, больше бюджета ${plan.budget}: даже без разделов, вводной части и лишних цитат каждая группа показателей и каждое изменение закона занимают свой слайд`,
      hint: 'увеличьте options.slideBudget в теме или объедините группы показателей',
    });
  }
  return plan;
}
