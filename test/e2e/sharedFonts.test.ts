/**
 * Fonts are parsed once per process and shared by every document; what one
 * document draws must not change another. In PT Sans the Cyrillic «а» is
 * drawn with the outline of the Latin «a», and in PT Serif «;» with that of
 * the comma: a document with «а» or «;» once made the Latin «a» and the comma
 * of every later document copy out as nothing (and changed its bytes).
 * This file runs in a fresh worker, so its first render sees fresh fonts.
 */
import { describe, expect, it } from 'vitest';
import { MINIMAL, renderData } from '../support/briefingFiles.js';
import { readPdf } from '../support/readPdf.js';

const latin = { ...MINIMAL, title: 'Latin title', lead: 'plain latin text, with a comma, and data', lang: 'en' as const };
const cyrillic = { ...MINIMAL, lead: 'Кириллица: а, я; точка с запятой; ещё а.', sections: [{ title: 'Раздел; а', text: 'текст; а, б' }] };

describe('documents rendered one after another in one process', () => {
  it('copy out every character, whatever was rendered before', async () => {
    await renderData(cyrillic);
    const { bytes } = await renderData(latin);
    const pdf = await readPdf(bytes);
    const text = pdf.pages
      .map((p) => p.text)
      .join('\n')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Latin title');
    expect(text).toContain('plain latin text, with a comma, and data');
  });

  it('give the same bytes whatever was rendered before', async () => {
    const first = (await renderData(latin)).bytes;
    await renderData({ ...cyrillic, lead: 'Ещё: «а», „б“; и в.' });
    const again = (await renderData(latin)).bytes;
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });
});
