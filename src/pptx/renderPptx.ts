import { PptxGenJS } from './pptxgen.js';
import type { SlidePlan } from '../slides/types.js';
import type { Theme } from '../template/theme/theme.js';
import type { BriefingView } from '../view/types.js';
import { drawSlide } from './drawPptxSlide.js';
import { fixedZip } from './fixedZip.js';

/**
 * The deck as an editable PowerPoint file, drawn from the same slide plan as
 * the PDF deck: the same slides in the same order, text as text boxes in
 * PT Sans, charts as native charts with their data, footnotes in the speaker
 * notes. The same input gives the same bytes (dates are the briefing's).
 */
export async function renderPptx(view: BriefingView, plan: SlidePlan, theme: Theme): Promise<Uint8Array> {
  void theme;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = view.meta.title;
  pptx.author = view.meta.author;
  pptx.company = view.meta.author;
  pptx.subject = view.meta.subject;
  pptx.revision = '1';
  pptx.theme = { headFontFace: 'PT Sans', bodyFontFace: 'PT Sans' };
  pptx.rtlMode = false;
  for (const s of plan.slides) drawSlide({ pptx, slide: pptx.addSlide(), view }, s);
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return fixedZip(bytes, view.meta.creationDate);
}
