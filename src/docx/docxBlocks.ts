import { ImageRun, LineRuleType, Paragraph, Table, TextRun } from 'docx';
import { chartImage } from './chartImage.js';
import { stripInvalidXmlChars } from '../template/xmlChars.js';
import type { BriefingView } from '../view/types.js';
import { figureTable } from './figureTable.js';
import { keyFiguresTable, photoRow, twoColumnTable } from './docxGrids.js';
import { PHOTO_WIDTH, pictureRun } from './docxImages.js';
import { noteReference, paragraphOf, plainParagraph, plainRun, richRuns, type DocxContext } from './docxText.js';

type Block = Paragraph | Table;
/** Drawing ids (unique in the package): charts 1…, the logo 1000, photos 1001…. */
const PHOTO_ID = 1001;
type BlockBuilder = (view: BriefingView, ctx: DocxContext) => Block[];

const heading = (ctx: DocxContext, text: string, level: 1 | 2 | 3): Paragraph => plainParagraph(ctx, text, `Heading${level}`);

function title(view: BriefingView, ctx: DocxContext): Block[] {
  const meta = [view.date + (view.time ? `, ${view.time}` : ''), view.city, view.venue].filter((x): x is string => !!x);
  return [
    heading(ctx, view.title, 1),
    ...(view.subtitle ? [plainParagraph(ctx, view.subtitle, 'Subtitle')] : []),
    plainParagraph(ctx, meta.join(' · '), 'BriefingMeta'),
  ];
}

function speakers(view: BriefingView, ctx: DocxContext): Block[] {
  return [
    plainParagraph(ctx, ctx.words.speakers ?? '', 'BriefingLabel'),
    ...view.speakers.map((s, i) => {
      const line = paragraphOf('BriefingSans', [
        plainRun(ctx, s.name, { bold: true }),
        ...[s.position, s.organization].filter((x): x is string => !!x).map((x) => plainRun(ctx, `, ${x}`)),
      ]);
      const photo = s.photo ? ctx.pictures.get(s.photo) : undefined;
      return photo ? photoRow(pictureRun(photo, { width: PHOTO_WIDTH }, s.name, PHOTO_ID + i), line) : line;
    }),
  ];
}

function lead(view: BriefingView, ctx: DocxContext): Block[] {
  return (view.lead ?? []).map((p) => paragraphOf('Lead', richRuns(ctx, p)));
}

function keyFigures(view: BriefingView, ctx: DocxContext): Block[] {
  return view.keyFigures.length === 0 ? [] : [keyFiguresTable(ctx, view.keyFigures), new Paragraph({ children: [] })];
}

function bullets(ctx: DocxContext, points: readonly string[]): Paragraph[] {
  return points.map((point) => new Paragraph({ style: 'BodyText', bullet: { level: 0 }, children: [plainRun(ctx, point)] }));
}

function sections(view: BriefingView, ctx: DocxContext): Block[] {
  return view.sections.flatMap((s) => [
    heading(ctx, s.title, 2),
    ...(s.paragraphs ?? []).map((p) => paragraphOf('BodyText', richRuns(ctx, p))),
    ...bullets(ctx, s.points ?? []),
  ]);
}

function statistics(view: BriefingView, ctx: DocxContext): Block[] {
  return view.statistics.flatMap((g, i) => [
    heading(ctx, g.title, 2),
    ...(g.period ? [plainParagraph(ctx, g.period, 'Period')] : []),
    ...(g.chart ? [chartParagraph(g.chart, i + 1)] : []),
    figureTable(ctx, g),
    new Paragraph({ children: [] }),
  ]);
}

/** Text width of the page at 96 px to the inch, less a little room. */
const CHART_WIDTH = 620;

/** The group's chart as an image, its sentence with every figure as the alternative text. */
function chartParagraph(chart: NonNullable<BriefingView['statistics'][number]['chart']>, n: number): Paragraph {
  const image = chartImage(chart, CHART_WIDTH);
  return new Paragraph({
    keepNext: true,
    spacing: { before: 80, after: 120, line: 240, lineRule: LineRuleType.AUTO },
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width: image.width, height: image.height },
        altText: { id: String(n), name: `chart-${n}`, title: stripInvalidXmlChars(chart.alt), description: stripInvalidXmlChars(chart.alt) },
      }),
    ],
  });
}

function results(view: BriefingView, ctx: DocxContext): Block[] {
  return view.results.length === 0 ? [] : [heading(ctx, ctx.words.results ?? '', 2), ...bullets(ctx, view.results)];
}

function legal(view: BriefingView, ctx: DocxContext): Block[] {
  if (view.legal.length === 0) return [];
  return [
    heading(ctx, ctx.words.legal ?? '', 2),
    ...view.legal.flatMap((l) => [
      plainParagraph(ctx, l.reference, 'BriefingLabel'),
      heading(ctx, l.title, 3),
      ...(l.effective ? [plainParagraph(ctx, `${ctx.words.effective ?? ''} ${l.effective}`, 'BriefingMeta')] : []),
      ...(l.paragraphs ?? []).map((p) => paragraphOf('BodyText', richRuns(ctx, p))),
      ...(l.items.length > 0 ? [figureTable(ctx, l), new Paragraph({ children: [] })] : []),
    ]),
  ];
}

function quotes(view: BriefingView, ctx: DocxContext): Block[] {
  if (view.quotes.length === 0) return [];
  return [
    heading(ctx, ctx.words.quotes ?? '', 2),
    ...view.quotes.flatMap((q) => [
      ...q.paragraphs.map((p) => paragraphOf('Quote', richRuns(ctx, p))),
      ...(q.speaker ? [plainParagraph(ctx, `— ${q.speaker}${q.position ? `, ${q.position}` : ''}`, 'QuoteSpeaker')] : []),
    ]),
  ];
}

function contacts(view: BriefingView, ctx: DocxContext): Block[] {
  if (view.contacts.length === 0) return [];
  return [heading(ctx, ctx.words.contacts ?? '', 2), twoColumnTable(ctx, view.contacts)];
}

function source(view: BriefingView, ctx: DocxContext): Block[] {
  return view.source ? [plainParagraph(ctx, view.source, 'Source')] : [];
}

/** The handout's parts, in the PDF's order (templates/handout/layout.hbs). */
const BLOCKS: readonly BlockBuilder[] = [title, speakers, lead, keyFigures, sections, statistics, results, legal, quotes, contacts, source];

/** The body of the Word handout. */
export function docxBody(view: BriefingView, ctx: DocxContext): Block[] {
  return BLOCKS.flatMap((build) => build(view, ctx));
}

/** The footnotes of the document: every note of the statistics and legal figures, by mark. */
export function docxFootnotes(view: BriefingView, ctx: DocxContext): Record<string, { children: Paragraph[] }> {
  const notes = [...view.statistics.flatMap((g) => g.notes), ...view.legal.flatMap((l) => l.notes)];
  const out: Record<string, { children: Paragraph[] }> = {};
  for (const note of notes) {
    if (noteReference(note.mark).length === 0) continue;
    out[note.mark] = { children: [new Paragraph({ style: 'FootnoteText', children: [new TextRun(' '), plainRun(ctx, note.text)] })] };
  }
  return out;
}
