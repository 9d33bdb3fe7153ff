import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/assets/packageRoot.js';
import { coverageLookup, fasterLayout } from '../../src/assets/fasterLayout.js';

const dir = join(packageRoot(), 'fonts');
const files = readdirSync(dir).filter((f) => f.endsWith('.ttf'));
const open = (file: string): Font => fontkit.create(readFileSync(join(dir, file))) as Font;

/** Texts of several scripts, in an order that changes script from call to call. */
const TEXTS = [
  'Брифинг',
  'Office',
  'Қазақстан',
  '1⁄2 и 3⁄4',
  'ﬁnal ffi fl',
  'AVATAR Tj Yo',
  'и\u0306 e\u0301 а\u0300',
  'Ελλάδα',
  '612 418,5 %',
  'مرحبا',
  'नमस्ते',
  '한국어',
  'Брифинг',
  'Өскемен әкімдігі',
  'Office',
  '«кавычки» — тире',
  'WAVE 2025',
  'مرحبا',
  'Брифинг',
];

interface Shaped {
  ids: number[];
  positions: number[][];
  features: string[];
}

function shape(font: Font, text: string): Shaped {
  const run = font.layout(text);
  return {
    ids: run.glyphs.map((g) => g.id),
    positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
    features: Object.keys(run.features).sort(),
  };
}

describe('fasterLayout', () => {
  it.each(files)('%s: every text shapes to the same glyphs, positions and features as without it, in any order', (file) => {
    const plain = open(file);
    const reused = open(file);
    fasterLayout(reused);
    // Twice round: the second time, the plans of the first are reused.
    for (const text of [...TEXTS, ...TEXTS.slice().reverse()]) expect(shape(reused, text), text).toEqual(shape(plain, text));
  });

  it('plans a script once: GSUB chooses its script for the first word of each script only', () => {
    const font = open('PTSans-Regular.ttf');
    fasterLayout(font);
    font.layout('слово');
    const gsub = (font as unknown as { _layoutEngine: { engine: { GSUBProcessor: { selectScript: (...a: unknown[]) => unknown } } } })._layoutEngine.engine
      .GSUBProcessor;
    const select = gsub.selectScript.bind(gsub);
    let calls = 0;
    gsub.selectScript = (...args: unknown[]) => {
      calls++;
      return select(...args);
    };
    for (let i = 0; i < 50; i++) font.layout(`слово${i}`);
    for (let i = 0; i < 50; i++) font.layout(`word${i}`);
    // «слово» was planned before the count began; «word» (Latin) once.
    expect(calls).toBe(1);
  });

  it('is applied once to a font, however often it is asked', () => {
    const font = open('PTSans-Regular.ttf');
    fasterLayout(font);
    const engine = (font as unknown as { _layoutEngine: { engine: { setup: unknown } } })._layoutEngine.engine;
    const setup = engine.setup;
    fasterLayout(font);
    expect(engine.setup).toBe(setup);
  });
});

describe('coverageLookup', () => {
  /** fontkit's coverageIndex, as it searches. */
  const searched = (c: Parameters<typeof coverageLookup>[0], glyph: number): number => {
    if (c.version === 1) return c.glyphs!.indexOf(glyph);
    if (c.version === 2) for (const r of c.rangeRecords!) if (r.start <= glyph && glyph <= r.end) return r.startCoverageIndex + glyph - r.start;
    return -1;
  };
  /** A format 2 table from [start, end, startCoverageIndex] triples. */
  const ranges = (...records: [number, number, number][]): Parameters<typeof coverageLookup>[0] => ({
    version: 2,
    rangeRecords: records.map(([start, end, startCoverageIndex]) => ({ start, end, startCoverageIndex })),
  });
  const tables: Parameters<typeof coverageLookup>[0][] = [
    { version: 1, glyphs: [3, 7, 9, 200, 4000] },
    { version: 1, glyphs: [9, 3, 9, 7] },
    ranges([2, 5, 0], [10, 10, 4], [30, 90, 5]),
    ranges([30, 40, 0], [2, 5, 11]), // out of order: searched
    ranges([2, 20, 0], [10, 30, 19]), // overlapping: the first range wins
    ranges([9, 4, 0], [12, 14, 3]), // an empty range
    { version: 3 },
  ];

  it.each(tables.map((t, i) => [i, t] as const))('table %i: every glyph gets the place fontkit finds', (_, table) => {
    const lookup = coverageLookup(table);
    for (let g = 0; g < 4100; g++) expect(lookup(g), `glyph ${g}`).toBe(searched(table, g));
  });
});
