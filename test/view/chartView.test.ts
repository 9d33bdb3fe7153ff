import { describe, expect, it } from 'vitest';
import type { Lang, StatItem } from '../../src/model/schema.js';
import { buildChart, MAX_AUTO_BARS } from '../../src/view/chartView.js';
import { buildFigures, indexItems } from '../../src/view/figureView.js';
import { loadLocale } from '../../src/view/locale.js';
import type { ChartView } from '../../src/view/types.js';

const NB = '\u00A0';

function chart(items: StatItem[], setting: 'auto' | 'bar' | 'none' = 'auto', lang: Lang = 'ru', title = 'Группа'): ChartView | null {
  const words = loadLocale(lang);
  let n = 0;
  const { items: figures } = buildFigures(items, { lang, words, byId: indexItems([items]), nextNoteMark: () => String(++n) });
  return buildChart({ title, setting, items, figures, lang, words });
}

const facts: StatItem = { id: 'facts', label: 'Зарегистрировано фактов', value: 698, unit: ['факт', 'факта', 'фактов'] };
const crimes: StatItem = { id: 'crimes', of: 'facts', label: 'Уголовные', value: 207, unit: ['факт', 'факта', 'фактов'] };
const sales: StatItem = { of: 'crimes', label: 'Сбыт', value: 138, unit: ['случай', 'случая', 'случаев'] };
const kg: StatItem = { label: 'Изъято', value: 46, qualifier: 'почти', unit: 'кг' };

describe('buildChart: which form auto picks', () => {
  it('draws a part-of chain as a funnel with shares, nested by depth; the other unit stays a figure', () => {
    const c = chart([facts, crimes, sales, kg])!;
    expect(c.kind).toBe('funnel');
    expect(c.ticks).toEqual([]);
    expect(c.bars.map((b) => [b.number, b.depth, b.parentNumber])).toEqual([
      [698, 0, null],
      [207, 1, 698],
      [138, 2, 207],
    ]);
    expect(c.bars[1]!.valueLabel).toBe(`207${NB}фактов (29,7${NB}% от${NB}698)`);
    expect(c.others.map((f) => f.display)).toEqual([`почти${NB}46${NB}кг`]);
  });

  it('draws figures of one unit as bars on round ticks, formatted for the language', () => {
    const items: StatItem[] = [
      { label: 'А', value: 1263, unit: 'шт.' },
      { label: 'Б', value: 2564, unit: 'шт.' },
      { label: 'В', value: 55.6, unit: 'млн тенге' },
    ];
    const ru = chart(items)!;
    expect(ru.kind).toBe('bars');
    expect(ru.bars.map((b) => b.number)).toEqual([1263, 2564]);
    expect(ru.ticks.map((t) => t.number)).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000]);
    expect(ru.ticks.map((t) => t.label).slice(-2)).toEqual([`2${NB}500`, `3${NB}000`]);
    expect(ru.others.map((f) => f.label)).toEqual(['В']);
    expect(
      chart(items, 'auto', 'en')!
        .ticks.map((t) => t.label)
        .slice(-1),
    ).toEqual(['3,000']);
  });

  it('never puts different units on one axis, and gives a single figure no chart', () => {
    expect(
      chart([
        { label: 'a', value: 3, unit: 'ОПГ' },
        { label: 'b', value: 1, unit: 'лаборатория' },
      ]),
    ).toBeNull();
    expect(chart([kg])).toBeNull();
    expect(chart([{ ...kg, previous: 40 }])).toBeNull();
    expect(chart([{ ...kg, previous: 40 }], 'bar')!.bars[0]!.previousNumber).toBe(40);
  });

  it('honours none, draws bars for a chain when asked for bar, and stops auto at many figures', () => {
    expect(chart([facts, crimes], 'none')).toBeNull();
    expect(chart([facts, crimes], 'bar')!.kind).toBe('bars');
    const many = Array.from({ length: MAX_AUTO_BARS + 1 }, (_, i): StatItem => ({ label: `п${i}`, value: i + 1 }));
    expect(chart(many)).toBeNull();
    expect(chart(many, 'bar')!.bars).toHaveLength(MAX_AUTO_BARS + 1);
    expect(
      chart([
        { label: 'a', value: -1 },
        { label: 'b', value: 2 },
      ]),
    ).toBeNull();
  });

  it('shows previous values beside the current ones with the change', () => {
    const c = chart([
      { label: 'Зарегистрировано', value: 698, previous: 621, unit: ['факт', 'факта', 'фактов'] },
      { label: 'Раскрыто', value: 512, previous: 530, unit: ['факт', 'факта', 'фактов'] },
    ])!;
    expect(c.bars[0]).toMatchObject({ previousNumber: 621, change: `+12,4${NB}%`, previousLabel: `прошлый период: 621${NB}факт` });
    expect(c.bars[1]!.valueLabel).toBe(`512${NB}фактов (\u22123,4${NB}%)`);
    expect(Math.max(...c.ticks.map((t) => t.number))).toBeGreaterThanOrEqual(698);
  });
});

describe('buildChart: the text equivalent', () => {
  it('is one sentence with every figure the chart shows, in the words of the language', () => {
    const c = chart([facts, crimes, sales, kg], 'auto', 'ru', 'Синтетика')!;
    expect(c.alt).toBe(
      `Диаграмма «Синтетика»: Зарегистрировано фактов — 698${NB}фактов; Уголовные — 207${NB}фактов, 29,7${NB}% от${NB}698; ` +
        `Сбыт — 138${NB}случаев, 66,7${NB}% от${NB}207.`,
    );
    const en = chart(
      [
        { label: 'Sites', value: 1263, previous: 1000 },
        { label: 'Cards', value: 2564 },
      ],
      'auto',
      'en',
      'Online',
    )!;
    expect(en.alt).toBe('Chart “Online”: Sites — 1,263, +26.3%, previous period: 1,000; Cards — 2,564.');
    const kk = chart([facts, crimes], 'auto', 'kk', 'Синтетика')!;
    expect(kk.alt).toMatch(/^«Синтетика» диаграммасы: .*698.*207/);
  });
});

describe('buildChart and figures on a chain of thousands of `of` links', () => {
  // Each item a part of the one before: the chain used to be walked by recursion (a stack overflow)
  // and once per item from its start (quadratic).
  const n = 10_000;
  const items: StatItem[] = Array.from({ length: n }, (_, i) => ({
    label: `Показатель ${i + 1}`,
    value: n - i,
    id: `a${i}`,
    ...(i > 0 ? { of: `a${i - 1}` } : {}),
  }));

  it('gives every figure its depth in the chain, and refuses to chart more bars than auto allows', () => {
    const words = loadLocale('ru');
    let marks = 0;
    const { items: figures } = buildFigures(items, { lang: 'ru', words, byId: indexItems([items]), nextNoteMark: () => String(++marks) });
    expect(figures[0]!.depth).toBe(0);
    expect(figures[1]!.depth).toBe(1);
    expect(figures[n - 1]!.depth).toBe(n - 1);
    expect(buildChart({ title: 'Т', setting: 'auto', items, figures, lang: 'ru', words })).toBeNull();
  });

  it('draws the chain as bars of one unit when asked, each under its parent, in data order', () => {
    const words = loadLocale('ru');
    const { items: figures } = buildFigures(items, { lang: 'ru', words, byId: indexItems([items]), nextNoteMark: () => '1' });
    const c = buildChart({ title: 'Т', setting: 'bar', items, figures, lang: 'ru', words })!;
    expect(c.bars).toHaveLength(n);
    expect(c.bars[n - 1]!.number).toBe(1);
    expect(c.others).toEqual([]);
  });
});

describe('buildChart: the change beside a bar', () => {
  it('says «без изменений» only for equal values; a change that rounds to zero is «<0,1 %»', () => {
    const c = chart(
      [
        { label: 'А', value: 100_001, previous: 100_000, unit: 'шт.' },
        { label: 'Б', value: 500, previous: 500, unit: 'шт.' },
        { label: 'В', value: 99_999, previous: 100_000, unit: 'шт.' },
      ],
      'bar',
    )!;
    expect(c.bars.map((b) => b.change)).toEqual([`+<0,1${NB}%`, 'без изменений', `\u2212<0,1${NB}%`]);
  });
});
