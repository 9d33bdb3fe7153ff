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
    { title: 'Первая группа', chart: 'none', items: [{ id: 'all', label: 'Задержано', value: 30, unit: ['человек', 'человека', 'человек'] }, { label: 'Из них женщин', value: 12, unit: ['человек', 'человека', 'человек'], of: 'all' }] },
    {
      title: 'Вторая группа',
      chart: 'none',
      items: [
        { id: 'cars', label: 'Зарегистрировано транспортных средств, оснащённых тахографами', value: 6112, unit: ['транспортное средство', 'транспортных средства', 'транспортных средств'] },
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
