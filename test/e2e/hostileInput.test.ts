/**
 * Hostile and extreme data, end to end through the library: data never
 * becomes template code or markup, invisible and control characters do no
 * harm, accents stay on their letters, characters no font has are reported,
 * and extreme sizes render (or are refused) in work that grows with the input.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { expectValidPdf } from '../support/expectValidPdf.js';
import { MINIMAL, renderData, tempDir, writeBriefingFile } from '../support/briefingFiles.js';
import { containsValue } from '../support/pdfText.js';
import { textOutside } from '../support/pageArea.js';
import type { ReadPdf } from '../support/readPdf.js';
import { measuredChars } from '../support/workCounter.js';
import { captureIo } from '../cli/fakes.js';

const allText = (pdf: ReadPdf) => pdf.pages.map((p) => p.text).join('\n');

describe('data never becomes template code or markup', () => {
  const nasty = ['<b>не жирный</b>', '&amp; и &', '{{title}}', '{{> header}}', '}}', ']]>', '<!-- x -->', '<?xml?>', '#заголовок', '"кавычки"'];

  it('prints markup, entities and Handlebars syntax in every field as written', async () => {
    const data = {
      ...MINIMAL,
      title: `Брифинг ${nasty[0]} {{title}}`,
      subtitle: nasty.join(' '),
      organization: 'ДП & <Управление>',
      speakers: [{ name: 'Иванов {{name}}', position: 'начальник ]]> отдела' }],
      lead: `Вводный ${nasty.join(' ')} текст`,
      sections: [{ title: '<h1>Раздел</h1>', text: '- не список\n\n# не заголовок', points: ['{{#each x}}пункт{{/each}}', '<li>x</li>'] }],
      statistics: [{ title: '{{@root.title}}', items: [{ label: '<td>метка</td>', value: 5, unit: '&lt;шт&gt;', qualifier: '{{q}}' }] }],
      results: ['<p>итог</p>'],
      legal: [{ act: 'КоАП <РК>', article: '440-1', title: 'Статья & {{x}}', text: 'текст <i>курсив?</i>' }],
      quotes: [{ text: '<quote>цитата</quote>', speaker: 'Иванов {{name}}' }],
      contacts: [{ label: '<a href="x">сайт</a>', value: 'javascript:alert(1)' }],
      source: '{{{source}}}',
    };
    const { bytes } = await renderData(data);
    const pdf = await expectValidPdf(bytes);
    const text = allText(pdf);
    for (const value of [
      'Брифинг <b>не жирный</b> {{title}}',
      ...nasty.slice(1),
      'ДП & <Управление>',
      'Иванов {{name}}',
      'начальник ]]> отдела',
      '<h1>Раздел</h1>',
      '- не список',
      '# не заголовок',
      '{{#each x}}пункт{{/each}}',
      '<li>x</li>',
      '{{@root.title}}',
      '<td>метка</td>',
      '{{q}} 5 &lt;шт&gt;',
      '<p>итог</p>',
      'Статья & {{x}}',
      'текст <i>курсив?</i>',
      '<quote>цитата</quote>',
      '<a href="x">сайт</a>',
      'javascript:alert(1)',
      '{{{source}}}',
    ]) {
      expect(containsValue(text, value), value).toBe(true);
    }
    expect(pdf.info['Title']).toBe('Брифинг <b>не жирный</b> {{title}}');
    expect(pdf.xmp?.['dc:title']).toBe('Брифинг <b>не жирный</b> {{title}}');
  });

  it('takes **bold** and *italic* as markup only in texts, a lone * as is', async () => {
    const { bytes } = await renderData({ ...MINIMAL, lead: 'Это **важно** и *курсив*, а 2 * 3 = 6', results: ['**не жирный** в простой строке'] });
    const pdf = await expectValidPdf(bytes);
    const items = pdf.pages.flatMap((p) => p.items);
    expect(items.find((i) => i.str.includes('важно'))?.fontName).toMatch(/Bold/);
    expect(items.find((i) => i.str.includes('курсив'))?.fontName).toMatch(/Italic/);
    expect(containsValue(allText(pdf), 'а 2 * 3 = 6')).toBe(true);
    expect(containsValue(allText(pdf), '**не жирный** в простой строке')).toBe(true);
    expect(allText(pdf)).not.toContain('**важно**');
  });
});

describe('invisible, control and combining characters', () => {
  it('drops control characters and bidi or zero-width marks from what is drawn, keeping the letters in order', async () => {
    const { bytes, warnings } = await renderData(
      {
        ...MINIMAL,
        title: 'Звонок\u0007 и\u0000 табуляция\tздесь',
        lead: 'abc\u202Edef\u202C и ноль\u200Bширины, со\u200Dединитель, \u200Eметка\u200F, \uFEFFконец',
      },
      { ext: 'json' },
    );
    const pdf = await expectValidPdf(bytes);
    const text = allText(pdf);
    expect(containsValue(text, 'Звонок и табуляция здесь')).toBe(true);
    expect(containsValue(text, 'abcdef и нольширины, соединитель, метка, конец')).toBe(true);
    expect(text).not.toMatch(/[\u0000-\u0008\u200B-\u200F\u202A-\u202E\uFEFF]/);
    // They are not «characters no font has»: nothing is drawn for them, so nothing to warn about.
    expect(warnings).toEqual([]);
  });

  it('keeps combining accents on their letters, and copies them out as written', async () => {
    const words = ['и\u0306од', 'Е\u0308лка', 'cafe\u0301', 'о\u0301рган', 'Қазақстан', 'ү\u0301'];
    const { bytes, warnings } = await renderData({ ...MINIMAL, lead: words.join(' '), results: words });
    expect(warnings).toEqual([]);
    const pdf = await expectValidPdf(bytes);
    const items = pdf.pages.flatMap((p) => p.items);
    const text = allText(pdf);
    for (const word of words) {
      // Copied out exactly as written (not composed, not decomposed), twice: in the lead and in the list.
      expect(text.split(word).length - 1, word).toBe(2);
      // A base letter and its marks are drawn together, by one font, in one text item.
      const [base, ...marks] = [...word.slice(0, 2)];
      if (marks.length && /\p{M}/u.test(marks[0]!)) {
        expect(
          items.some((i) => i.str.includes(`${base}${marks.join('')}`)),
          word,
        ).toBe(true);
      }
    }
  });
});

describe('characters no font has', () => {
  const data = { ...MINIMAL, lead: 'Смайлик 🦄 и иероглиф 中 в тексте.', statistics: [{ title: 'Группа', items: [{ label: 'Единороги 🦄', value: 3 }] }] };

  it('renders them as a replacement mark and warns, naming the character, its code and where it is', async () => {
    const { bytes, warnings } = await renderData(data);
    await expectValidPdf(bytes);
    const messages = warnings.map((w) => w.message);
    expect(warnings.every((w) => w.code === 'glyph' && w.severity === 'warning')).toBe(true);
    expect(messages.some((m) => m.includes('«🦄»') && m.includes('U+1F984') && m.includes('Смайлик'))).toBe(true);
    expect(messages.some((m) => m.includes('«中»') && m.includes('U+4E2D'))).toBe(true);
    expect(messages.some((m) => m.includes('U+1F984') && m.includes('Единороги'))).toBe(true);
  });

  it('the command line prints the warnings and still writes the PDF (exit 0)', async () => {
    const out = tempDir();
    const file = writeBriefingFile(data, { name: 'unicorn' });
    const io = captureIo();
    const code = await runCli(['render', file, '--out', out], io);
    expect(code).toBe(0);
    const stderr = io.stderr.join('\n');
    expect(stderr).toContain(file);
    expect(stderr).toMatch(/«🦄» \(U\+1F984\)/);
    expect(stderr).toMatch(/«中» \(U\+4E2D\)/);
    expect(io.stdout.join('\n')).toContain('unicorn.handout.pdf');
  });
});

describe('extreme sizes', () => {
  const longWord = (n: number) => 'абракадабра'.repeat(Math.ceil(n / 11)).slice(0, n);
  const longUrl = (n: number) => `https://example.kz/${'path/'.repeat(Math.ceil(n / 5))}`.slice(0, n);
  let linear = true;

  it('lays out a long word or address in work that grows linearly with its length (paragraph, list, table)', async () => {
    for (const make of [longWord, longUrl]) {
      const place = (s: string) => ({ ...MINIMAL, lead: `Начало ${s} конец`, results: [s], contacts: [{ label: 'Сайт', value: s }] });
      const small = await measuredChars('handout', () => renderData(place(make(400))));
      const large = await measuredChars('handout', () => renderData(place(make(1600))));
      const ratio = large / small;
      if (ratio > 8) linear = false;
      expect(ratio, `${make.name}: 4× the length costs ${ratio.toFixed(1)}× the measuring`).toBeLessThan(8);
    }
  }, 120_000);

  it('breaks a 10,000-character word and address across lines, never outside the page', async () => {
    if (!linear) throw new Error('not tried: layout of long words is not linear (see the test above), it would take minutes');
    for (const s of [longWord(10_000), longUrl(10_000)]) {
      const { bytes } = await renderData({ ...MINIMAL, lead: `Начало ${s} конец`, results: [s], contacts: [{ label: 'Сайт', value: s }] });
      const pdf = await expectValidPdf(bytes);
      expect(textOutside(pdf, 14)).toEqual([]);
      const text = allText(pdf).replace(/-?\n/g, '');
      expect(text.split(s.slice(0, 200)).length - 1).toBeGreaterThanOrEqual(3);
    }
  }, 120_000);

  it('renders 10,000 figures, each one in the PDF, none outside the page', async () => {
    const statistics = Array.from({ length: 100 }, (_, g) => ({
      title: `Группа ${g + 1}`,
      items: Array.from({ length: 100 }, (_, i) => ({
        label: `Показатель ${g * 100 + i + 1}`,
        value: (g * 100 + i) * 7 + 0.5,
        unit: ['факт', 'факта', 'фактов'],
      })),
    }));
    const { bytes } = await renderData({ ...MINIMAL, statistics }, { ext: 'json' });
    const pdf = await expectValidPdf(bytes);
    expect(textOutside(pdf, 14)).toEqual([]);
    const text = allText(pdf).replace(/\s+/g, ' ');
    for (const n of [1, 2, 5000, 9999, 10_000]) expect(text).toContain(`Показатель ${n} `);
    const found = text.match(/Показатель \d+ /g) ?? [];
    expect(new Set(found).size).toBe(10_000);
    expect(text).toContain('69 993,5 факта');
  }, 180_000);

  const heavy = process.env['BRIEFING_HEAVY'] === '1';
  const megabytes = heavy ? 5 : 1;

  it(
    `renders a ${megabytes} MB data file`,
    async () => {
      const words = 'полиция провела рейд изъято почти килограммов синтетических веществ задержаны участники группы возбуждено уголовное дело'.split(' ');
      let seed = 7;
      const next = () => (seed = (seed * 48271) % 2147483647);
      const paragraph = () => Array.from({ length: 60 }, () => words[next() % words.length]).join(' ') + '.';
      const sections: { title: string; text: string }[] = [];
      let size = 0;
      while (size < megabytes * 1024 * 1024) {
        const text = [paragraph(), paragraph(), paragraph()].join('\n\n');
        sections.push({ title: `Раздел ${sections.length + 1}`, text });
        size += Buffer.byteLength(text) + 40;
      }
      const { bytes } = await renderData({ ...MINIMAL, sections });
      const pdf = await expectValidPdf(bytes);
      const text = allText(pdf);
      expect(text).toContain(`Раздел ${sections.length}`);
      expect(textOutside(pdf, 14)).toEqual([]);
    },
    heavy ? 600_000 : 180_000,
  );
});
