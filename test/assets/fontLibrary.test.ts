import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { fontLibrary } from '../../src/assets/fontLibrary.js';
import { isBriefingError } from '../../src/diagnostics/briefingError.js';
import type { FontFace } from '../../src/layout/types.js';

const CHAINS = {
  sans: ['PTSans', 'NotoSans', 'DejaVuSans'],
  serif: ['PTSerif', 'NotoSans', 'DejaVuSans'],
};
const sans: FontFace = { family: 'sans', bold: false, italic: false };
const serifBold: FontFace = { family: 'serif', bold: true, italic: false };
const sansBoldItalic: FontFace = { family: 'sans', bold: true, italic: true };

describe('fontLibrary: fallback runs', () => {
  const { metrics } = fontLibrary(CHAINS);

  it('draws ₸ with NotoSans, which PT Sans lacks, and the rest with PT Sans', () => {
    expect(metrics.resolveRuns(sans, 'Штраф 500 ₸ за нарушение')).toEqual([
      { fontId: 'PTSans-Regular', text: 'Штраф 500 ' },
      { fontId: 'NotoSans-Regular', text: '₸ ' },
      { fontId: 'PTSans-Regular', text: 'за нарушение' },
    ]);
  });

  it('keeps Kazakh letters, №, §, quotes and dashes in one PT Sans run', () => {
    const text = '«Казақстан №5 § «»„“—» әғқңөұүһі';
    expect(metrics.resolveRuns(sans, text)).toEqual([{ fontId: 'PTSans-Regular', text }]);
    expect(metrics.resolveRuns(serifBold, text)).toEqual([{ fontId: 'PTSerif-Bold', text }]);
  });

  it('keeps a combining accent on its base letter, in the base letter’s run', () => {
    expect(metrics.resolveRuns(sans, 'зе\u0301мля')).toEqual([{ fontId: 'PTSans-Regular', text: 'зе\u0301мля' }]);
    // U+0301 is in PT Sans too, but it must follow ₸ into NotoSans.
    expect(metrics.resolveRuns(sans, 'а₸\u0301б')).toEqual([
      { fontId: 'PTSans-Regular', text: 'а' },
      { fontId: 'NotoSans-Regular', text: '₸\u0301' },
      { fontId: 'PTSans-Regular', text: 'б' },
    ]);
    // PT Sans lacks U+0346: the whole cluster moves to NotoSans, base letter included.
    expect(metrics.resolveRuns(sans, 'ba\u0346c')).toEqual([
      { fontId: 'PTSans-Regular', text: 'b' },
      { fontId: 'NotoSans-Regular', text: 'a\u0346' },
      { fontId: 'PTSans-Regular', text: 'c' },
    ]);
  });

  it('lets spaces stick to the run before them when its font has them', () => {
    expect(metrics.resolveRuns(sans, '₸ ₸\u00A0a')).toEqual([
      { fontId: 'NotoSans-Regular', text: '₸ ₸\u00A0' },
      { fontId: 'PTSans-Regular', text: 'a' },
    ]);
    // PT Sans has no narrow no-break space (U+202F): NotoSans draws it.
    expect(metrics.resolveRuns(sans, '1\u202F263')).toEqual([
      { fontId: 'PTSans-Regular', text: '1' },
      { fontId: 'NotoSans-Regular', text: '\u202F' },
      { fontId: 'PTSans-Regular', text: '263' },
    ]);
  });

  it('uses the nearest existing variant of a fallback font (DejaVu Sans has no BoldItalic)', () => {
    expect(metrics.resolveRuns(sansBoldItalic, 'Да ☺')).toEqual([
      { fontId: 'PTSans-BoldItalic', text: 'Да ' },
      { fontId: 'DejaVuSans-Bold', text: '☺' },
    ]);
    expect(fontLibrary(CHAINS).fontIds).toContain('DejaVuSans-Regular');
    expect(fontLibrary(CHAINS).fontIds).not.toContain('DejaVuSans-BoldItalic');
  });

  it('puts characters no font has into the primary font run and reports them once', () => {
    expect(metrics.resolveRuns(sans, '₸中')).toEqual([
      { fontId: 'NotoSans-Regular', text: '₸' },
      { fontId: 'PTSans-Regular', text: '中' },
    ]);
    expect(metrics.missing(sans, 'Итог:\n中 и 中, ₸ и ☺\t')).toEqual(['中']);
    expect(metrics.missing(sans, 'a\u200Bb\u200Ec\uFEFF')).toEqual(['\u200B', '\u200E', '\uFEFF']);
    expect(metrics.missing(sans, 'Всё на месте: «₸», №, ☺')).toEqual([]);
  });

  it('joined runs give back the text', () => {
    const text = ' Сумма: 1\u202F263 ₸ — «итог» е\u0301 中 ☺ ';
    expect(
      metrics
        .resolveRuns(sans, text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });
});

describe('fontLibrary: metrics', () => {
  const library = fontLibrary(CHAINS);
  const { metrics } = library;

  it('measures at 1 pt exactly what fontkit lays out', () => {
    const width = metrics.measure('PTSans-Regular', 'Брифинг');
    const font = library.font('PTSans-Regular');
    expect(width).toBeGreaterThan(0);
    expect(width).toBe(font.layout('Брифинг').advanceWidth / font.unitsPerEm);
    expect(metrics.measure('PTSans-Bold', 'Брифинг')).toBeGreaterThan(width);
  });

  it('gives the width pdfkit draws a whole line with, and adds up over pieces cut after spaces', () => {
    const line = 'Брифинг «AV To» — 46\u00A0кг, 1\u202F263 случая; Ta Yo';
    const pdf = new PDFDocument({ autoFirstPage: false });
    pdf.registerFont('f', library.font('PTSans-Regular') as unknown as Uint8Array);
    pdf.font('f').fontSize(1);
    const measured = metrics.measure('PTSans-Regular', line);
    expect(measured).toBeCloseTo(pdf.widthOfString(line), 12);
    const pieces = line.match(/[^ ]* |[^ ]+$/g) ?? [];
    const summed = pieces.reduce((sum, piece) => sum + metrics.measure('PTSans-Regular', piece), 0);
    expect(summed).toBeCloseTo(measured, 12);
    expect(metrics.measure('PTSans-Regular', '')).toBe(0);
  });

  it('gives ascent and descent per em, descent positive', () => {
    expect(metrics.ascent('PTSans-Regular')).toBeCloseTo(1.018, 3);
    expect(metrics.descent('PTSans-Regular')).toBeCloseTo(0.276, 3);
    expect(metrics.ascent('DejaVuSans-Regular')).toBeCloseTo(1901 / 2048, 6);
  });

  it('refuses unknown font ids', () => {
    expect(() => metrics.measure('Arial-Regular', 'x')).toThrow(/unknown font id/);
  });
});

describe('fontLibrary: caching and errors', () => {
  it('returns the same instance for equal chains and shares parsed fonts between libraries', () => {
    const a = fontLibrary(CHAINS);
    const b = fontLibrary({ serif: [...CHAINS.serif], sans: [...CHAINS.sans] });
    expect(b).toBe(a);
    const other = fontLibrary({ sans: ['NotoSans', 'PTSans'] });
    expect(other).not.toBe(a);
    expect(other.font('PTSans-Regular')).toBe(a.font('PTSans-Regular'));
  });

  it('refuses a font that has no file and a family the theme does not have', () => {
    const error = (() => {
      try {
        fontLibrary({ sans: ['NoSuchFont'] });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(isBriefingError(error)).toBe(true);
    expect(String((error as Error).message)).toContain('NoSuchFont');
    const { metrics } = fontLibrary(CHAINS);
    expect(() => metrics.resolveRuns({ family: 'mono', bold: false, italic: false }, 'x')).toThrow(/mono/);
  });
});
