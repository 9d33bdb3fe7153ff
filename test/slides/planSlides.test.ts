/**
 * The slide plan on literal inputs: which slides exist, in which order, what
 * each holds: the budget, the leading figures of a long group, continuation
 * only when three or more items move on, `of` chains kept together, the
 * footnotes of exactly the marks shown, the narrative, the QR code.
 */
import { describe, expect, it } from 'vitest';
import type { Briefing, StatItem } from '../../src/model/schema.js';
import { chunkItems, cutParagraph, paragraphText } from '../../src/slides/cutText.js';
import { figureUnits, leadingUnits } from '../../src/slides/figureUnits.js';
import { moreFigures } from '../../src/slides/moreWords.js';
import { planSlides } from '../../src/slides/planSlides.js';
import type { Slide, StatisticsSlide } from '../../src/slides/types.js';
import { deckPlan } from '../../src/slides/deckPlan.js';
import { buildView } from '../../src/view/buildView.js';
import { loadLocale } from '../../src/view/locale.js';
import { figure } from '../support/viewFixture.js';

const base: Briefing = {
  title: 'Брифинг',
  date: '2025-12-03',
  organization: 'Департамент',
  lang: 'ru',
  speakers: [{ name: 'Спикер' }],
} as Briefing;

const items = (n: number, unit: StatItem['unit'] = ['факт', 'факта', 'фактов']): StatItem[] =>
  Array.from({ length: n }, (_, i) => ({ label: `Показатель ${i + 1}`, value: (i * 7919) % 1000, unit }));

const plan = (b: Partial<Briefing>, options = {}) => planSlides(buildView({ ...base, ...b } as Briefing), options);
const kinds = (slides: Slide[]) => slides.map((s) => s.kind);
const stat = (s: Slide | undefined): StatisticsSlide => {
  if (s?.kind !== 'statistics') throw new Error('not a statistics slide');
  return s;
};

describe('the slide plan', () => {
  it('orders title, key figures, lead, sections, groups, legal changes, results, quotes, contacts and numbers them', () => {
    const p = plan({
      lead: 'Вступление.',
      sections: [{ title: 'Раздел', text: 'Текст.' }],
      statistics: [{ title: 'Группа', chart: 'auto', items: items(3) }],
      legal: [{ act: 'КоАП РК', title: 'Статья' }],
      results: ['Итог'],
      quotes: [{ text: 'Цитата.' }],
      contacts: [{ label: 'Телефон', value: '102' }],
    });
    expect(kinds(p.slides)).toEqual(['title', 'keyFigures', 'text', 'text', 'statistics', 'legal', 'results', 'quote', 'contacts']);
    expect(p.slides.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(p.overBudget).toBe(false);
  });

  it('leaves the lead and sections out with narrative: false', () => {
    const p = plan({ lead: 'Вступление.', sections: [{ title: 'Раздел', text: 'Текст.' }] }, { narrative: false });
    expect(kinds(p.slides)).toEqual(['title']);
  });

  it('prints the date once on the title slide, with time and place', () => {
    const t = plan({ time: '11:00', city: 'Астана' }).slides[0]!;
    expect(t.kind === 'title' && t.meta.replace(/\u00A0/g, ' ')).toBe('3 декабря 2025 г., 11:00 · Астана');
  });

  it('keeps to the budget: sections as a digest, then fewer quotes, no lead…; warns when it cannot', () => {
    const long = {
      lead: 'Вступление.',
      sections: Array.from({ length: 12 }, (_, i) => ({ title: `Раздел ${i + 1}`, text: 'Текст раздела.' })),
      statistics: Array.from({ length: 4 }, (_, i) => ({ title: `Группа ${i + 1}`, chart: 'auto' as const, items: items(2) })),
      quotes: [{ text: 'Одна.' }, { text: 'Две.' }],
    };
    const p = plan(long);
    expect(p.slides.length).toBeLessThanOrEqual(15);
    expect(p.slides.filter((s) => s.kind === 'text' && s.digest.length > 0).length).toBeGreaterThan(0);
    expect(kinds(p.slides).filter((k) => k === 'statistics')).toHaveLength(4);
    const all = plan(long, { slideBudget: 40 });
    expect(all.slides).toHaveLength(1 + 1 + 1 + 12 + 4 + 2);
    const warnings: string[] = [];
    const tight = deckPlan(buildView({ ...base, ...long } as Briefing), { slideBudget: 3 }, (w) => warnings.push(w.message));
    expect(tight.overBudget).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('бюджета 3');
    // the count in the right form: «22 слайда», «25 слайдов», «21 слайд»
    const n = tight.slides.length;
    expect(warnings[0]).toContain(
      `в презентации ${n} ${['слайд', 'слайда', 'слайдов'][n % 10 === 1 && n % 100 !== 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2]},`,
    );
  });

  it('shows a group larger than a slide as one chart of its largest figures, the rest counted', () => {
    const p = plan({ statistics: [{ title: 'Много', chart: 'auto', items: items(250) }] });
    const slides = p.slides.filter((s) => s.kind === 'statistics');
    expect(slides).toHaveLength(1);
    const s = stat(slides[0]);
    const bars = s.chart!.bars;
    expect(bars.length).toBeGreaterThanOrEqual(3);
    const values = bars.map((b) => b.number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBe(Math.max(...items(250).map((i) => i.value)));
    expect(s.more).toMatch(new RegExp(`^ещё ${250 - bars.length}\u00A0показател(ь|я|ей) — в\u00A0раздаточном материале$`));
    expect(s.chart!.ticks.at(-1)!.number).toBeGreaterThanOrEqual(values[0]!);
  });

  it('labels the axis of the largest figures in млн and млрд, as every other chart does', () => {
    const large = Array.from({ length: 13 }, (_, i) => ({
      label: `Район ${i + 1}`,
      value: 100_000_000 + i * 61_000_000,
      previous: 90_000_000 + i * 50_000_000,
    }));
    const s = stat(plan({ statistics: [{ title: 'Районы', chart: 'auto', items: large }] }).slides.find((x) => x.kind === 'statistics'));
    const labels = s.chart!.ticks.map((t) => t.label);
    expect(labels[0]).toBe('0');
    expect(labels.slice(1).every((l) => /^\d+(,\d+)?\u00A0(млн|млрд)$/.test(l))).toBe(true);
  });

  it('says how many figures are left out in the words of the language', () => {
    expect(moreFigures(238, 'ru', loadLocale('ru'))).toBe('ещё 238\u00A0показателей — в\u00A0раздаточном материале');
    expect(moreFigures(1, 'ru', loadLocale('ru'))).toBe('ещё 1\u00A0показатель — в\u00A0раздаточном материале');
    expect(moreFigures(238, 'en', loadLocale('en'))).toBe('238 more figures in the handout');
    expect(moreFigures(238, 'kk', loadLocale('kk'))).toBe('тағы 238\u00A0көрсеткіш — үлестірме материалда');
    expect(moreFigures(0, 'ru', loadLocale('ru'))).toBeNull();
  });

  it('makes a group of one figure a big number, and a few figures of different units rows', () => {
    const p = plan({
      statistics: [
        { title: 'Одна', chart: 'auto', items: [{ label: 'Изъято', value: 46, unit: 'кг' }] },
        {
          title: 'Разные',
          chart: 'auto',
          items: [
            { label: 'А', value: 1, unit: 'кг' },
            { label: 'Б', value: 2, unit: 'л' },
          ],
        },
      ],
    });
    const [one, two] = p.slides.filter((s) => s.kind === 'statistics').map(stat);
    expect(one!.big?.display).toBe('46\u00A0кг');
    expect(one!.chart).toBeNull();
    expect(two!.figures.map((f) => f.label)).toEqual(['А', 'Б']);
  });

  it('keeps an item with its parts (`of`) and never parts them when leading figures are chosen', () => {
    const chain = [
      figure({ label: 'small', number: 5, id: 'small' }),
      figure({ label: 'big', number: 900, id: 'big' }),
      figure({ label: 'mid', number: 500, id: 'mid' }),
      figure({ label: 'part', number: 400, id: 'part', of: 'big', depth: 1 }),
      figure({ label: 'part of part', number: 100, of: 'part', depth: 2 }),
    ];
    expect(figureUnits(chain).map((u) => u.figures.map((f) => f.label))).toEqual([['small'], ['big', 'part', 'part of part'], ['mid']]);
    expect(leadingUnits(chain, 3)).toEqual({ shown: [chain[1], chain[3], chain[4]], rest: 2 });
    // a unit that does not fit is skipped whole, a smaller one after it may still come in
    expect(leadingUnits(chain, 4).shown.map((f) => f.label)).toEqual(['big', 'part', 'part of part', 'mid']);
    expect(leadingUnits(chain, 2).shown.map((f) => f.label)).toEqual(['big', 'part', 'part of part']);
  });

  it('makes a further slide only when at least three items move to it', () => {
    const n = (k: number) => Array.from({ length: k }, (_, i) => i);
    expect(chunkItems(n(5), 5).map((c) => c.length)).toEqual([5]);
    expect(chunkItems(n(7), 5).map((c) => c.length)).toEqual([7]);
    expect(chunkItems(n(8), 5).map((c) => c.length)).toEqual([5, 3]);
    expect(chunkItems(n(11), 5).map((c) => c.length)).toEqual([5, 3, 3]);
    expect(chunkItems(n(16), 5).map((c) => c.length)).toEqual([5, 5, 3, 3]);
    const results = plan({ results: n(9).map((i) => `Итог ${i}`) }).slides.filter((s) => s.kind === 'results');
    expect(results.map((s) => (s.kind === 'results' ? s.items.length : 0))).toEqual([6, 3]);
    expect(results.map((s) => s.continued)).toEqual([false, true]);
    const seven = plan({ results: n(7).map((i) => `Итог ${i}`) }).slides.filter((s) => s.kind === 'results');
    expect(seven).toHaveLength(1);
    // by height: long points move on sooner, but never fewer than three
    const long = (k: number) => n(k).map((i) => `Итог ${i}: ${'очень длинный результат операции '.repeat(4)}`);
    const sizes = (k: number) =>
      plan({ results: long(k) })
        .slides.filter((s) => s.kind === 'results')
        .map((s) => (s.kind === 'results' ? s.items.length : 0));
    expect(sizes(4).every((x) => x >= 3) || sizes(4).length === 1).toBe(true);
    for (const k of [4, 5, 7, 10]) {
      const got = sizes(k);
      expect(got.reduce((a, b) => a + b, 0)).toBe(k);
      expect(
        got.slice(1).every((x) => x >= 3),
        got.join('+'),
      ).toBe(true);
    }
  });

  it('puts on a slide the footnotes of its marks, and only those', () => {
    const list: StatItem[] = [
      ...items(9).map((it, i) => ({ ...it, value: 100 + i, ...(i === 8 ? { note: 'показан' } : {}) })),
      { label: 'Маленький', value: 1, note: 'не показан' },
    ];
    const p = plan({ statistics: [{ title: 'Группа', chart: 'none', items: list }] });
    const s = stat(p.slides.find((x) => x.kind === 'statistics'));
    const shownMarks = s.figures.map((f) => f.noteMark).filter((m) => m !== null);
    expect(s.notes.map((n) => n.mark)).toEqual(shownMarks);
    expect(s.notes.map((n) => n.text)).toEqual(['показан']);
    expect(s.more).toContain('ещё 2');
    // the key figures slide carries the notes of its own figures
    const key = p.slides.find((x) => x.kind === 'keyFigures')!;
    expect(key.kind === 'keyFigures' && key.notes.map((n) => n.mark)).toEqual(
      (key.kind === 'keyFigures' ? key.figures : []).map((f) => f.noteMark).filter((m) => m !== null),
    );
  });

  it('cuts a long text at a sentence end, keeping bold and italic', () => {
    const p = [
      { text: 'Первое предложение. ', bold: true, italic: false },
      { text: 'Второе, длинное предложение, которое не помещается.', bold: false, italic: true },
    ];
    expect(cutParagraph(p, 200)).toBe(p);
    const cut = cutParagraph(p, 40);
    expect(paragraphText(cut)).toBe('Первое предложение.');
    expect(cut[0]!.bold).toBe(true);
    const words = cutParagraph([{ text: 'слово '.repeat(30), bold: false, italic: false }], 40);
    expect(paragraphText(words).endsWith('слово…')).toBe(true);
  });

  it('gives the contacts a QR code of the first web address', () => {
    const p = plan({
      contacts: [
        { label: 'Телефон', value: '102' },
        { label: 'Сайт', value: 'www.police.kz' },
      ],
    });
    const c = p.slides.at(-1)!;
    expect(c.kind).toBe('contacts');
    if (c.kind !== 'contacts') return;
    expect(c.qr?.value).toBe('www.police.kz');
    expect(c.qr?.text).toBe('https://www.police.kz');
    expect(c.qr!.size).toBeGreaterThanOrEqual(21);
    expect(c.qr!.runs.length).toBeGreaterThan(20);
    expect(plan({ contacts: [{ label: 'Телефон', value: '102' }] }).slides.at(-1)!.kind === 'contacts').toBe(true);
  });
});
