/**
 * End to end: the seed briefing through the whole pipeline, read back with
 * pdf.js. Every fact of the seed must be in the PDF's text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing } from '../src/pipeline.js';
import { readPdf, type ReadPdf } from './support/readPdf.js';

const SEED = 'data/astana-2025-12-03.yaml';

/** Text of all pages, every kind of space made one plain space, soft line-end hyphens kept. */
const flat = (pdf: ReadPdf) =>
  pdf.pages
    .map((p) => p.text)
    .join('\n')
    .replace(/[\s\u00A0\u202F]+/g, ' ');
/** Same text with words divided at line ends joined back («нарко- преступности» → «наркопреступности»). */
const joined = (pdf: ReadPdf) => flat(pdf).replace(/(\p{L})- (\p{Ll})/gu, '$1$2');

describe('the seed handout', () => {
  let pdf: ReadPdf;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderBriefing(await loadBriefing(SEED), { format: 'handout' });
    pdf = await readPdf(bytes);
  });

  it('fits on two A4 pages', () => {
    expect(pdf.pages).toHaveLength(2);
    for (const p of pdf.pages) {
      expect(p.width).toBeCloseTo(595.28, 1);
      expect(p.height).toBeCloseTo(841.89, 1);
    }
  });

  it.each([
    ['698 фактов'],
    ['207 фактов'],
    ['138 случаев'],
    ['почти 46 кг'],
    ['3 ОПГ'],
    ['1 лаборатория'],
    ['1 263 интернет-ресурса'],
    ['2 564 банковские карты'],
    ['55,6 млн тенге'],
    ['13 уголовных дел'],
    ['683 человека'],
    ['510 человек'],
    ['29,7 % от 698'],
    ['74,7 % от 683'],
  ])('carries the figure «%s» with its qualifier and unit', (figure) => {
    expect(flat(pdf)).toContain(figure);
  });

  it.each([
    ['Алия Кибаткызы'],
    ['старший оперуполномоченный Управления по противодействию наркопреступности ДП Астаны'],
    ['Департамент полиции города Астаны'],
    ['Региональная служба коммуникаций'],
    ['3 декабря 2025 г.'],
    ['440-1'],
    ['КоАП РК'],
    ['11 марта 2025 г.'],
    ['По материалам BAQ.KZ'],
    ['Противодействие наркопреступности в Астане'],
  ])('carries «%s»', (fact) => {
    expect(joined(pdf)).toContain(fact);
  });

  it('numbers its pages «Стр. N из M»', () => {
    expect(flat(pdf.pages.length ? { ...pdf, pages: [pdf.pages[0]!] } : pdf)).toContain('Стр. 1 из 2');
    expect(flat({ ...pdf, pages: [pdf.pages[1]!] })).toContain('Стр. 2 из 2');
  });

  it('embeds every font, PT Sans and PT Serif among them', () => {
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const f of pdf.fonts) expect(f.embedded, f.name).toBe(true);
    const names = pdf.fonts.map((f) => f.name).join(' ');
    expect(names).toMatch(/PTSans/);
    expect(names).toMatch(/PTSerif/);
    for (const f of pdf.fonts) expect(f.name).toMatch(/^[A-Z]{6}\+/);
  });

  it('has the document info of the contract', () => {
    expect(pdf.info['Title']).toBe('Противодействие наркопреступности в Астане');
    expect(pdf.info['Author']).toBe('Департамент полиции города Астаны');
    expect(String(pdf.info['Subject'] ?? '')).not.toBe('');
    expect(String(pdf.info['Keywords'] ?? '')).toContain('Департамент полиции города Астаны');
    expect(String(pdf.info['CreationDate'])).toMatch(/^D:20251203/);
    expect(pdf.lang).toMatch(/^ru/);
  });

  it('keeps every text inside a 14 pt safe area and body text inside the margins', () => {
    for (const p of pdf.pages) {
      for (const it of p.items) {
        if (!it.str.trim()) continue;
        expect(it.x).toBeGreaterThanOrEqual(14);
        expect(it.x + it.width).toBeLessThanOrEqual(p.width - 14 + 0.01);
        expect(it.y).toBeGreaterThanOrEqual(14);
        expect(it.y).toBeLessThanOrEqual(p.height - 14);
      }
    }
  });

  it('is byte-identical when rendered again', async () => {
    const again = await renderBriefing(await loadBriefing(SEED), { format: 'handout' });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('the second example', () => {
  it('renders, with its quotes, contacts and the tenge sign from the fallback font', async () => {
    const pdf = await readPdf(await renderBriefing(await loadBriefing('data/almaty-road-safety-2025.yaml')));
    const text = flat(pdf);
    expect(text).toContain('102');
    expect(text).toContain('Ерлан Сейткалиев');
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    // PT Sans has no ₸: it comes from Noto Sans, never as an empty box.
    expect(text).toContain('1,8 млрд ₸');
    expect(pdf.fonts.map((f) => f.name).join(' ')).toMatch(/NotoSans/);
  });
});
