import { describe, expect, it } from 'vitest';
import { MAX_SHARED_MEASURES, measurePiece } from '../../../src/layout/inline/measurePiece.js';
import type { FontMetrics } from '../../../src/layout/types.js';
import { fakeMetrics, style } from '../../support/fakeLayout.js';

/** The fake metrics, counting the texts measured. */
function countingMetrics(): FontMetrics & { measured: string[] } {
  const measured: string[] = [];
  return { ...fakeMetrics, measure: (id, text) => (measured.push(text), fakeMetrics.measure(id, text)), measured };
}

describe('measurePiece', () => {
  it('gives the same piece for the same style object and text', () => {
    const metrics = countingMetrics();
    const s = style({ size: 10 });
    expect(measurePiece(metrics, 'слово', s)).toBe(measurePiece(metrics, 'слово', s));
    expect(metrics.measured).toEqual(['слово']);
  });

  it('measures a text once across documents: a new style object of the same face and size reuses it, with its own style', () => {
    const metrics = countingMetrics();
    const first = style({ size: 10, color: '#000000' });
    const second = style({ size: 10, color: '#ff0000', rise: 2 });
    const a = measurePiece(metrics, 'слово', first);
    const b = measurePiece(metrics, 'слово', second);
    expect(metrics.measured).toEqual(['слово']);
    expect(b).not.toBe(a);
    expect(b.style).toBe(second);
    expect(b.width).toBe(a.width);
    expect(b.runs).toEqual(a.runs);
  });

  it('keeps sizes, faces and font libraries apart', () => {
    const metrics = countingMetrics();
    const small = measurePiece(metrics, 'слово', style({ size: 10 }));
    const large = measurePiece(metrics, 'слово', style({ size: 20 }));
    expect(large.width).toBe(small.width * 2);
    const bold = measurePiece(metrics, 'слово', style({ size: 10, bold: true }));
    expect(bold.runs[0]!.fontId).not.toBe(small.runs[0]!.fontId);
    expect(metrics.measured).toHaveLength(3);
    const other = countingMetrics();
    measurePiece(other, 'слово', style({ size: 10 }));
    expect(other.measured).toEqual(['слово']);
  });

  it('remembers a bounded number of texts: past the limit, the oldest are measured again', () => {
    const metrics = countingMetrics();
    const texts = Array.from({ length: MAX_SHARED_MEASURES + 10 }, (_, i) => `w${i}`);
    // Each text in a style object of its own, so that only the shared cache can remember it.
    for (const text of texts) measurePiece(metrics, text, style({ size: 10 }));
    expect(metrics.measured).toHaveLength(texts.length);
    measurePiece(metrics, texts[texts.length - 1]!, style({ size: 10 }));
    expect(metrics.measured).toHaveLength(texts.length);
    measurePiece(metrics, texts[0]!, style({ size: 10 }));
    expect(metrics.measured).toHaveLength(texts.length + 1);
  });
});
