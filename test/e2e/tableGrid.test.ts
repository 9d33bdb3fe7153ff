/**
 * Figure tables share one column grid: two groups whose figures differ in
 * length set their value columns at the same place, read back from pdf.js.
 */
import { describe, expect, it } from 'vitest';
import { MINIMAL, renderData } from '../support/briefingFiles.js';
import { readPdf } from '../support/readPdf.js';
import { pageSegments } from '../support/readingChecks.js';

const data = {
  ...MINIMAL,
  statistics: [
    {
      title: 'Первая группа',
      chart: 'none',
      items: [
        { id: 'all', label: 'Задержано', value: 30, unit: ['человек', 'человека', 'человек'] },
        { label: 'Из них женщин', value: 12, unit: ['человек', 'человека', 'человек'], of: 'all' },
      ],
    },
    {
      title: 'Вторая группа',
      chart: 'none',
      items: [
        {
          id: 'cars',
          label: 'Зарегистрировано транспортных средств, оснащённых тахографами',
          value: 6112,
          unit: ['транспортное средство', 'транспортных средства', 'транспортных средств'],
        },
        { label: 'Из них грузовых', value: 1234, unit: ['транспортное средство', 'транспортных средства', 'транспортных средств'], of: 'cars' },
      ],
    },
  ],
};

describe('tables that follow each other share one column grid', () => {
  it('sets the value column of both groups at the same place, though their figures differ in length', async () => {
    const pdf = await readPdf((await renderData(data)).bytes);
    const segs = pageSegments(pdf, 0.9).flat();
    const heads = segs.filter((s) => s.text === 'Значение');
    expect(heads).toHaveLength(2);
    expect(Math.abs(heads[0]!.x1 - heads[1]!.x1)).toBeLessThan(0.5);
    const labels = segs.filter((s) => s.text === 'Показатель');
    expect(labels).toHaveLength(2);
    // The widest figure of either table («6 112 транспортных средств») is whole on its line, and the
    // short figures of the first table end where it ends (the share column follows).
    const wide = segs.find((s) => s.text.startsWith('6 112 транспортных средств'));
    const short = segs.find((s) => s.text.startsWith('30 человек'));
    expect(wide).toBeDefined();
    expect(short).toBeDefined();
    expect(Math.abs(wide!.x1 - short!.x1)).toBeLessThan(0.5);
  });
});

describe('decimals under decimals', () => {
  const kg = (label: string, value: number) => ({ label, value, unit: 'кг' });
  const grams = { ...MINIMAL, statistics: [{ title: 'Изъято', chart: 'none', items: [kg('Героин', 46), kg('Синтетика', 12.5), kg('Прекурсоры', 7.25)] }] };

  it('keeps room for missing decimals, so the decimal marks of one unit stand one under another', async () => {
    const pdf = await readPdf((await renderData(grams)).bytes);
    const segs = pageSegments(pdf, 0.9).flat();
    const cell = (text: string) => {
      const found = segs.filter((s) => s.text === text);
      expect(found, text).toHaveLength(1);
      return found[0]!;
    };
    const [a, b, c] = [cell('46 кг'), cell('12,5 кг'), cell('7,25 кг')];
    // PT Sans Bold: digits 0.567 em (tabular), «,5» 0.819 em; the value column is set at its cell size.
    const size = b.size;
    expect(c.x1 - b.x1).toBeCloseTo(0.567 * size, 1);
    expect(b.x1 - a.x1).toBeCloseTo(0.819 * size, 1);
  });

  it('leaves figures with different units right-aligned', async () => {
    const mixed = { ...MINIMAL, statistics: [{ title: 'Разное', chart: 'none', items: [kg('Изъято', 46), { label: 'Доля', value: 12.5, unit: '%' }] }] };
    const segs = pageSegments(await readPdf((await renderData(mixed)).bytes), 0.9).flat();
    const a = segs.find((s) => s.text === '46 кг')!;
    const b = segs.find((s) => s.text === '12,5 %')!;
    expect(Math.abs(a.x1 - b.x1)).toBeLessThan(0.5);
  });
});
