/**
 * End to end: the seed briefing as a 16:9 deck, read back with pdf.js: the
 * slides of the slide plan in order, every figure, the page size, type large
 * enough to read from the back of a room, the safe area, titles at one size,
 * the charts' text equivalents.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import type { Briefing } from '../../src/model/schema.js';
import { buildView } from '../../src/view/buildView.js';
import { planSlides } from '../../src/slides/planSlides.js';
import type { BriefingView } from '../../src/view/types.js';
import { readPdf, type ReadPdf } from '../support/readPdf.js';
import { checkPages, deckText, firstLine, nodesOf, norm, pageText } from './deckHelpers.js';

const SEED = 'data/astana-2025-12-03.yaml';

describe('the seed deck', () => {
  let briefing: Briefing;
  let view: BriefingView;
  let pdf: ReadPdf;
  let bytes: Uint8Array;
  beforeAll(async () => {
    briefing = await loadBriefing(SEED);
    view = buildView(briefing);
    bytes = await renderBriefing(briefing, { format: 'slides' });
    pdf = await readPdf(bytes);
  });

  it('has the slides of the plan in order: title, key figures, lead, sections, one per statistics group, the legal change, results', () => {
    expect(pdf.pages.map((_, i) => firstLine(pdf, i))).toEqual([
      'Противодействие наркопреступности',
      'Ключевые цифры',
      'Коротко',
      'Синтетика из подпольных лабораторий',
      'Задачи полиции',
      'Методические рекомендации',
      'Оперативные мероприятия',
      'Мониторинг интернет-пространства',
      'Синтетические наркотики',
      'Оперативные мероприятия',
      'Интернет-пространство',
      'Административная ответственность за немедицинское',
      'Результаты',
    ]);
    expect(planSlides(view).slides.map((s) => s.title.slice(0, 20))).toEqual(pdf.pages.map((_, i) => firstLine(pdf, i).slice(0, 20)));
    expect(pageText(pdf, 0)).toContain('Противодействие наркопреступности в Астане');
    expect(pageText(pdf, 0)).toContain('3 декабря 2025 г. · Астана · Региональная служба коммуникаций');
    expect(pageText(pdf, 0)).toContain('Алия Кибаткызы');
    // the date once on the title slide (the footer names the organisation instead)
    expect(pageText(pdf, 0).split('3 декабря 2025').length - 1).toBe(1);
    pdf.pages.forEach((_, i) => expect(pageText(pdf, i)).toContain('Департамент полиции города Астаны'));
  });

  it('sets every slide title at one size, the title slide’s larger', () => {
    const titleSize = (i: number): number => {
      const first = pdf.pages[i]!.items.filter((it) => it.str.trim() !== '').sort((a, b) => a.y - b.y)[0]!;
      return Math.round(first.height * 10) / 10;
    };
    const sizes = pdf.pages.slice(1).map((_, i) => titleSize(i + 1));
    expect(new Set(sizes).size, sizes.join(', ')).toBe(1);
    expect(sizes[0]).toBeCloseTo(34, 0);
    expect(titleSize(0)).toBeCloseTo(44, 0);
  });

  it('numbers its slides in the footer', () => {
    pdf.pages.forEach((p, i) => {
      const last = p.items.filter((it) => it.str.trim() !== '').sort((a, b) => b.y - a.y || b.x - a.x)[0]!;
      expect(last.str.trim()).toBe(String(i + 1));
    });
  });

  it('carries every figure of the data, with its qualifier and unit, and the shares', () => {
    const text = deckText(pdf);
    const figures = [...view.statistics.flatMap((g) => g.items), ...view.legal.flatMap((l) => l.items)];
    expect(figures).toHaveLength(12);
    for (const f of figures) expect(text, f.display).toContain(norm(f.display));
    for (const share of ['29,7 % от 698', '66,7 % от 207', '74,7 % от 683']) expect(text).toContain(share);
    // each group's figures on its own slide
    view.statistics.forEach((g, n) => {
      for (const f of g.items) expect(pageText(pdf, 8 + n)).toContain(norm(f.display));
    });
  });

  it('is 16:9, keeps every text in a 14 pt safe area and sets no text below 18 pt', () => {
    expect(pdf.pages.length).toBe(13);
    checkPages(pdf, expect);
  });

  it('draws the part-of chain of the first group as a chart whose Figure carries the figures as text', () => {
    const figures = pdf.pages.flatMap((p) => nodesOf(p.structTree, 'Figure'));
    const alts = [...new Set(figures.map((f) => f.alt ?? ''))];
    expect(alts).toHaveLength(1); // only the first group has a chart: the others say chart: none
    expect(norm(alts[0]!)).toBe(norm(view.statistics[0]!.chart!.alt));
    for (const figure of ['698 фактов', '207 фактов', '138 случаев', '29,7 % от 698']) expect(norm(alts[0]!)).toContain(figure);
    expect(nodesOf(pdf.pages[8]!.structTree, 'Figure')).not.toHaveLength(0);
  });

  it('is byte-identical when rendered again', async () => {
    const again = await renderBriefing(await loadBriefing(SEED), { format: 'slides' });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
