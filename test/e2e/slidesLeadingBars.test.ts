/**
 * A statistics group larger than a slide shows its largest bars and counts
 * the rest in one «ещё N показателей» line on the same slide: never a slide
 * of its own holding only that line (the bars' heights are estimated with
 * their previous-period bars and their labels' lines). Read back with pdf.js.
 */
import { describe, expect, it } from 'vitest';
import { expectValidPdf } from '../support/expectValidPdf.js';
import { MINIMAL, renderData } from '../support/briefingFiles.js';
import { textOutside } from '../support/pageArea.js';

const groups = {
  'thirteen comparisons of nine-digit figures': {
    title: 'Районы',
    items: Array.from({ length: 13 }, (_, i) => ({
      label: `Район ${i + 1}`,
      value: 900_000_000 - i * 50_000_000,
      previous: 500_000_000 + i * 10_000_000,
      unit: 'тенге',
    })),
  },
  'forty figures with two-line labels and a period': {
    title: 'Сорок',
    period: 'с начала года',
    items: Array.from({ length: 40 }, (_, i) => ({
      label: `Район ${i + 1} с длинным названием`,
      value: 100_000_000 + ((i * 7_919_113) % 900_000_000),
      previous: 300_000_000 + ((i * 3_331) % 500_000_000),
      unit: ['случай', 'случая', 'случаев'],
    })),
  },
  'eleven comparisons (the group’s own chart)': {
    title: 'Одиннадцать',
    items: Array.from({ length: 11 }, (_, i) => ({ label: `Округ ${i + 1}`, value: 9_000 - i * 500, previous: 5_000 + i * 100 })),
  },
};

describe('the largest bars of a long group on one slide', () => {
  for (const [name, group] of Object.entries(groups)) {
    it(`${name}: one slide, the bars and the «ещё» line together, nothing past the page`, async () => {
      const { bytes } = await renderData({ ...MINIMAL, statistics: [group] }, { format: 'slides' });
      const pdf = await expectValidPdf(bytes);
      const pages = pdf.pages.filter((p) => p.text.includes(group.title));
      expect(pages, 'the group takes one slide').toHaveLength(1);
      const text = pages[0]!.text;
      expect(text).toMatch(/ещё \d+[\s\u00A0]показател/);
      expect(text).toContain('прошлый период');
      expect(text).not.toContain('(продолжение)');
      expect(textOutside(pdf, 14)).toEqual([]);
    }, 120_000);
  }
});
