/**
 * End to end: a briefing far larger than a deck (250 figures in one group, 12
 * sections, six speakers, nine results, a long legal text, three quotes, a
 * URL contact) as slides. It keeps to 15 slides, exactly the slide plan's:
 * the big group becomes one chart of its leading figures with the rest
 * counted, titles are one size, footnotes stand with their marks, nothing
 * leaves the safe area.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import { planSlides } from '../../src/slides/planSlides.js';
import type { Slide } from '../../src/slides/types.js';
import { buildView } from '../../src/view/buildView.js';
import { readPdf, type ReadPdf } from '../support/readPdf.js';
import { checkPages, firstLine, nodesOf, norm, pageText } from './deckHelpers.js';
import { BIG, longBriefing, SEED } from './hardCases.js';

describe('a deck much larger than its slides', () => {
  let pdf: ReadPdf;
  let plan: Slide[];
  let titles: string[];
  const warnings: string[] = [];
  beforeAll(async () => {
    const briefing = longBriefing(await loadBriefing(SEED));
    plan = planSlides(buildView(briefing)).slides;
    pdf = await readPdf(await renderBriefing(briefing, { format: 'slides', onWarning: (p) => warnings.push(p.message) }));
    titles = pdf.pages.map((_, i) => firstLine(pdf, i));
  });

  it('keeps to the budget of 15 slides, exactly the slides of the plan, without a warning', () => {
    expect(pdf.pages.length).toBeLessThanOrEqual(15);
    expect(pdf.pages.length).toBe(plan.length);
    plan.forEach((s, i) => expect(norm(s.title).startsWith(titles[i]!.replace(/-$/, '')), `${i + 1}: ${titles[i]}`).toBe(true));
    expect(warnings.filter((w) => w.includes('слайд'))).toEqual([]);
  });

  it('keeps every text of every slide in the 14 pt safe area and at 18 pt or more', () => {
    checkPages(pdf, expect);
  });

  it('sets every title at one size', () => {
    const sizes = pdf.pages.slice(1).map((p) => {
      const first = p.items.filter((it) => it.str.trim() !== '').sort((a, b) => a.y - b.y)[0]!;
      return Math.round(first.height * 10) / 10;
    });
    expect(new Set(sizes).size, sizes.join(', ')).toBe(1);
  });

  it('shows the 250 figures as one chart slide of the largest, the rest counted', () => {
    const slides = titles.filter((t) => t.startsWith('Показатели по районам'));
    expect(slides).toHaveLength(1);
    const i = titles.indexOf(slides[0]!);
    const text = pageText(pdf, i);
    expect(text.startsWith(`${BIG} за 2025 год`)).toBe(true);
    const shown = plan[i]!.kind === 'statistics' ? plan[i]!.chart!.bars : [];
    expect(shown.length).toBeGreaterThanOrEqual(3);
    const values = shown.map((b) => b.number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBe(Math.max(...Array.from({ length: 250 }, (_, k) => 1000 + ((k * 37) % 250) * 13)));
    expect(text).toContain(`ещё ${250 - shown.length} показателей — в раздаточном материале`);
    for (const b of shown) expect(text).toContain(norm(b.display));
    expect(nodesOf(pdf.pages[i]!.structTree, 'Figure')).toHaveLength(1);
  });

  it('puts each footnote on the slide of its mark', () => {
    const page = titles.indexOf('Одна цифра');
    expect(page).toBeGreaterThan(0);
    const text = pageText(pdf, page);
    expect(text).toContain('более 312,5 килограмма');
    expect(text).toMatch(/Изъято наркотических средств\s?(\d+) \1 по данным экспертизы/);
    pdf.pages.forEach((_, k) => {
      if (k !== page) expect(pageText(pdf, k)).not.toContain('по данным экспертизы');
    });
  });

  it('keeps the chain of parts together and counts the rest', () => {
    const page = titles.indexOf('Цепочка частей');
    const text = pageText(pdf, page);
    expect(text).toMatch(/Всего по линии 9 900 из них раскрыто 400 .*из них в суде 120/);
    expect(text).toContain('ещё 3 показателя — в раздаточном материале');
  });

  it('shows the speaker’s photo with the quote and a QR code of the site', () => {
    const quote = titles.indexOf('Цитаты');
    expect(nodesOf(pdf.pages[quote]!.structTree, 'Figure').map((f) => f.alt)).toContain('Спикер 1');
    const contacts = titles.indexOf('Контакты');
    expect(contacts).toBe(pdf.pages.length - 1);
    expect(nodesOf(pdf.pages[contacts]!.structTree, 'Figure').map((f) => f.alt)).toContain('https://police.gov.kz/ru/astana');
  });
});
