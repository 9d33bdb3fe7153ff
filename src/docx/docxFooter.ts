import { BorderStyle, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun, type ParagraphChild } from 'docx';
import { LOGO_HEIGHT, pictureRun } from './docxImages.js';
import type { BriefingView } from '../view/types.js';
import { typeset } from '../layout/typography/typeset.js';
import type { DocxContext } from './docxText.js';

const PLACEHOLDER = /\{(page|n|count|m)\}/g;

/**
 * «Стр. N из M» from the locale word (`{n}`, `{m}` as in the PDF's footer):
 * the placeholders become Word's PAGE and NUMPAGES fields.
 */
export function pageOfRuns(pattern: string): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let last = 0;
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    if (match.index > last) out.push(new TextRun(pattern.slice(last, match.index)));
    const field = match[1] === 'page' || match[1] === 'n' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES;
    out.push(new TextRun({ children: [field] }));
    last = match.index + match[0].length;
  }
  if (last < pattern.length) out.push(new TextRun(pattern.slice(last)));
  return out;
}

/** The header of every page: the logo (when given) and the organisation, over a thin rule. */
export function docxHeader(view: BriefingView, ctx: DocxContext): Header {
  const logo = view.logo ? ctx.pictures.get(view.logo) : undefined;
  return new Header({
    children: [
      new Paragraph({
        style: 'Footer',
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '9AA5B1', space: 4 } },
        children: [
          ...(logo ? [pictureRun(logo, { height: LOGO_HEIGHT }, view.organization, 1000), new TextRun('  ')] : []),
          new TextRun(typeset(view.organization, ctx.lang)),
        ],
      }),
    ],
  });
}

/** The footer of every page: the source (or the organisation) left, the page line right. */
export function docxFooter(view: BriefingView, ctx: DocxContext, textWidth: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [new TextRun(typeset(view.source ?? view.organization, ctx.lang)), new TextRun('\t'), ...pageOfRuns(ctx.words.pageOf ?? '{n} / {m}')],
      }),
    ],
  });
}
