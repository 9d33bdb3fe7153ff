import { describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import type { Problem } from '../../src/diagnostics/problem.js';
import { MINIMAL, writeBriefingFile } from '../support/briefingFiles.js';
import { readPdf } from '../support/readPdf.js';

describe('figures a reader would not believe', () => {
  it('a part larger than its whole and a negative count are warnings with file, path and line; the file still renders', async () => {
    const path = writeBriefingFile({
      ...MINIMAL,
      statistics: [
        {
          title: 'Группа',
          items: [
            { id: 'all', label: 'Всего', value: 100, unit: ['факт', 'факта', 'фактов'] },
            { of: 'all', label: 'Из них', value: 150, unit: ['факт', 'факта', 'фактов'] },
            { label: 'Задержано', value: -3, unit: ['человек', 'человека', 'человек'] },
            { label: 'Температура', value: -7.5, unit: '°C' },
          ],
        },
      ],
    });
    const warnings: Problem[] = [];
    const briefing = await loadBriefing(path);
    const pdf = await readPdf(await renderBriefing(briefing, { onWarning: (w) => warnings.push(w) }));
    const found = warnings.filter((w) => w.code === 'implausible');
    expect(found.map((w) => w.path)).toEqual(['statistics[0].items[1].value', 'statistics[0].items[2].value']);
    for (const w of found) {
      expect(w).toMatchObject({ severity: 'warning', file: path });
      expect(w.line).toBeGreaterThan(0);
    }
    expect(found[0]!.message).toMatch(/часть больше целого/);
    expect(found[1]!.message).toMatch(/отрицательное количество/);
    // Negatives are printed with the minus sign, never a hyphen.
    const text = pdf.pages
      .map((p) => p.text)
      .join(' ')
      .replace(/\u00A0/g, ' ');
    expect(text).toContain('\u22127,5 °C');
    expect(text).not.toMatch(/-7,5/);
  });

  it('a chart asked for by name (bar) that a negative figure keeps from being drawn is a warning at the group’s chart', async () => {
    const path = writeBriefingFile({
      ...MINIMAL,
      statistics: [
        {
          title: 'Температура',
          chart: 'bar',
          items: [
            { label: 'Январь', value: -7.5, unit: '°C' },
            { label: 'Июль', value: 24, unit: '°C' },
          ],
        },
        {
          title: 'Без диаграммы',
          chart: 'bar',
          items: [
            { label: 'Всего', value: 5 },
            { label: 'Из них', value: 3 },
          ],
        },
      ],
    });
    const warnings: Problem[] = [];
    await renderBriefing(await loadBriefing(path), { onWarning: (w) => warnings.push(w) });
    const chart = warnings.filter((w) => w.path?.endsWith('.chart'));
    expect(chart).toHaveLength(1);
    expect(chart[0]).toMatchObject({ code: 'implausible', severity: 'warning', path: 'statistics[0].chart', file: path });
    expect(chart[0]!.line).toBeGreaterThan(0);
    expect(chart[0]!.message).toMatch(/диаграмма не построена: у показателя 1 отрицательное значение/);
  });
});
