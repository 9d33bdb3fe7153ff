/**
 * A table's cells are measured once: sizing its columns and setting its rows
 * use the same measured pieces (counted characters, not time).
 */
import { describe, expect, it } from 'vitest';
import { MINIMAL, renderData } from '../support/briefingFiles.js';
import { measuredChars } from '../support/workCounter.js';

const ROWS = 300;
const items = Array.from({ length: ROWS }, (_, i) => ({
  label: `Показатель номер ${i + 1} по району`,
  value: 1000 + i * 37,
  unit: ['факт', 'факта', 'фактов'],
}));

describe('measuring a long table', () => {
  it('measures each cell once, not once to size the columns and again to set them', async () => {
    const text = items.map((it) => `${it.label} ${it.value} фактов`).join('').length;
    const chars = await measuredChars('handout', () => renderData({ ...MINIMAL, statistics: [{ title: 'Группа', chart: 'none', items }] }));
    expect(chars / text, `measured ${chars} characters for ${text} of cells`).toBeLessThan(1.4);
  }, 120_000);
});
