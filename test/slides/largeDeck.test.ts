/**
 * End to end: a briefing far larger than a slide holds (250 figures in one
 * group, 12 sections, six speakers, a long legal text, a long quote) as a
 * deck. Nothing overflows: what does not fit shrinks, then continues on
 * further slides under the slide's title and «(продолжение)».
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import type { Briefing, StatItem } from '../../src/model/schema.js';
import { readPdf, type ReadPdf } from '../support/readPdf.js';
import { checkPages, deckText, firstLine, pageText } from './deckHelpers.js';

const BIG = 'Показатели по районам города и видам правонарушений';
const LEGAL = 'Незаконный оборот наркотических средств';
const CONT = '(продолжение)';

function large(seed: Briefing): Briefing {
  const figures: StatItem[] = Array.from({ length: 250 }, (_, i) => ({
    label: `Показатель ${i + 1} по району с довольно длинным названием`,
    value: 1000 + i * 37,
    unit: ['факт', 'факта', 'фактов'],
  }));
  return {
    ...seed,
    speakers: Array.from({ length: 6 }, (_, i) => ({
      name: `Спикер ${i + 1}`,
      position: 'заместитель начальника управления по противодействию наркопреступности департамента полиции',
    })),
    sections: Array.from({ length: 12 }, (_, i) => ({ title: `Раздел ${i + 1}`, text: 'Текст раздела. '.repeat(30), points: ['один', 'два'] })),
    statistics: [
      ...(seed.statistics ?? []),
      { title: BIG, period: 'за 2025 год', chart: 'auto', items: figures },
      {
        title: 'Шесть длинных показателей',
        chart: 'none',
        items: Array.from({ length: 6 }, (_, i) => ({
          label: `Показатель ${i + 1}: подпись в две строки на слайде, чуть длиннее`,
          value: i + 1,
        })),
      },
    ],
    legal: [
      ...(seed.legal ?? []),
      { act: 'УК РК', article: '296', title: LEGAL, text: `${'Длинный текст изменения в законодательстве. '.repeat(40)}\n\nКонец текста.` },
    ],
    quotes: [{ text: `${'Мы будем продолжать эту работу. '.repeat(60)}Конец цитаты.`, speaker: 'Спикер 1' }],
    contacts: [{ label: 'Телефон доверия', value: '102' }],
  };
}

describe('a deck much larger than its slides', () => {
  let pdf: ReadPdf;
  let titles: string[];
  beforeAll(async () => {
    pdf = await readPdf(await renderBriefing(large(await loadBriefing('data/astana-2025-12-03.yaml')), { format: 'slides' }));
    titles = pdf.pages.map((_, i) => firstLine(pdf, i));
  });

  it('keeps every text of every slide in the 14 pt safe area and at 18 pt or more', () => {
    checkPages(pdf, expect);
  });

  it('spreads the 250 figures over several consecutive slides, each headed by the title and «(продолжение)»', () => {
    const first = titles.findIndex((t) => t.startsWith('Показатели по районам'));
    const slides = titles.filter((t) => t.startsWith('Показатели по районам'));
    expect(slides.length).toBeGreaterThanOrEqual(5);
    expect(slides.length).toBeLessThanOrEqual(40);
    slides.forEach((_, k) => {
      const text = pageText(pdf, first + k);
      expect(text.startsWith(k === 0 ? `${BIG} за 2025 год` : `${BIG} ${CONT}`), text.slice(0, 90)).toBe(true);
    });
    const text = deckText(pdf);
    for (let i = 1; i <= 250; i++) expect(text).toContain(`Показатель ${i} по району`);
    expect(text).toContain(`${(1000 + 249 * 37).toLocaleString('ru-RU').replace(/\s/g, ' ')} фактов`);
  });

  it('shrinks a group that is a little too large onto one slide instead of splitting it', () => {
    const six = titles.filter((t) => t.startsWith('Шесть длинных'));
    expect(six).toHaveLength(1);
    const page = pdf.pages[titles.indexOf(six[0]!)]!;
    const sizes = page.items.filter((it) => it.str.startsWith('Показатель')).map((it) => it.height);
    expect(Math.max(...sizes)).toBeLessThan(24 - 0.5); // smaller than the theme's 24 pt
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18 - 0.01);
  });

  it('continues a long legal text and a long quote on slides marked as continued, losing nothing', () => {
    const legal = titles.filter((t) => t.startsWith(LEGAL));
    expect(legal.length).toBeGreaterThanOrEqual(2);
    expect(legal.slice(1).every((t) => t === `${LEGAL} ${CONT}`)).toBe(true);
    const quotes = titles.filter((t) => t.startsWith('Цитаты'));
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(quotes.slice(1).every((t) => t === `Цитаты ${CONT}`)).toBe(true);
    const text = deckText(pdf);
    expect(text).toContain('Конец текста.');
    expect(text).toContain('Конец цитаты.');
    expect(text.split('Мы будем продолжать эту работу.').length - 1).toBe(60);
  });

  it('keeps the order of the deck; the 12 sections are the handout’s and add no slides', () => {
    const order = ['Департамент полиции|Противодействие наркопреступности', 'Ключевые цифры', 'Синтетические наркотики', 'Оперативные мероприятия', 'Интернет-пространство',
      'Показатели по районам', 'Шесть длинных', 'Административная ответственность', LEGAL, 'Результаты', 'Цитаты', 'Контакты'];
    const seen = titles.map((t) => order.findIndex((o) => o.split('|').some((alt) => t.startsWith(alt))));
    expect(seen.every((n) => n >= 0)).toBe(true);
    expect([...new Set(seen)]).toEqual(order.map((_, i) => i).filter((i) => seen.includes(i)));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(deckText(pdf)).not.toContain('Раздел 1');
    expect(titles[titles.length - 1]).toBe('Контакты');
  });
});
