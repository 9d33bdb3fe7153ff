/**
 * The Word handout read back: the package unzipped and its XML read —
 * heading styles, tables with repeated header rows, real footnotes, page
 * fields, fonts, language, every figure of the seed, and the same bytes twice.
 */
import { describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import { buildView } from '../../src/view/buildView.js';
import { validateBriefing } from '../../src/model/validateBriefing.js';
import { paragraphsOf, readDocx } from '../support/readDocx.js';
import { expectedValues } from '../support/expectedValues.js';
import { containsValue } from '../support/pdfText.js';
import { MINIMAL } from '../support/briefingFiles.js';
import { SEED, loadData, richerSeed } from '../support/seedVariants.js';

const docxOf = async (path: string) => readDocx(await renderBriefing(await loadBriefing(path), { format: 'docx' }));

describe('docx: the seed', async () => {
  const briefing = await loadBriefing(SEED);
  const bytes = await renderBriefing(briefing, { format: 'docx' });
  const docx = readDocx(bytes);
  const view = buildView(validateBriefing(briefing));
  const document = docx.parts['word/document.xml']!;
  const styles = docx.parts['word/styles.xml']!;

  it('is a zip with the parts Word needs', () => {
    expect(bytes[0]).toBe(0x50);
    expect(bytes[1]).toBe(0x4b);
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/footnotes.xml', 'docProps/core.xml']) {
      expect(docx.parts[part], part).toBeDefined();
    }
  });

  it('has every figure, name, date and article of the data in its text', () => {
    const values = expectedValues(view);
    expect(values.length).toBeGreaterThan(40);
    for (const value of values) expect(containsValue(docx.text, value), value).toBe(true);
    // figures exactly as the view formats them, non-breaking spaces included
    for (const figure of [
      '698\u00A0фактов',
      '1\u00A0263\u00A0интернет-ресурса',
      '55,6\u00A0млн тенге',
      'почти\u00A046\u00A0кг',
      '29,7\u00A0% от\u00A0698',
      '510\u00A0человек',
    ]) {
      expect(docx.text, figure).toContain(figure);
    }
  });

  it('uses real heading styles, named «Заголовок 1/2» with outline levels', () => {
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Заголовок 1"\/>[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Заголовок 2"\/>[\s\S]*?<w:outlineLvl w:val="1"\/>/);
    const headings = (level: number) => docx.paragraphs.filter((p) => p.style === `Heading${level}`).map((p) => p.text);
    expect(headings(1)).toHaveLength(1);
    expect(containsValue(headings(1)[0]!, view.title)).toBe(true);
    for (const title of [...view.sections.map((s) => s.title), ...view.statistics.map((g) => g.title), view.words.legal!]) {
      expect(
        headings(2).some((h) => containsValue(h, title)),
        title,
      ).toBe(true);
    }
    expect(headings(3).some((h) => containsValue(h, view.legal[0]!.title))).toBe(true);
  });

  it('makes every statistics group a table whose header row repeats and whose figures are right-aligned', () => {
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const figureTables = tables.filter((t) => t.includes('<w:tblHeader/>'));
    expect(figureTables.length).toBe(view.statistics.length + view.legal.filter((l) => l.items.length > 0).length);
    for (const [i, group] of view.statistics.entries()) {
      const table = figureTables[i]!;
      const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      expect(rows.length).toBe(group.items.length + 1);
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).every((r) => !r.includes('<w:tblHeader/>'))).toBe(true);
      for (const [k, item] of group.items.entries()) {
        const cells = [...rows[k + 1]!.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
        expect(cells[1]).toContain('<w:jc w:val="right"/>');
        expect(cells[1]).toContain(item.display.replace(/&/g, '&amp;'));
      }
    }
  });

  it('bullets the points and results as a Word list', () => {
    const listed = document.match(/<w:numPr>/g) ?? [];
    const points = view.sections.reduce((n, s) => n + (s.points?.length ?? 0), 0) + view.results.length;
    expect(listed.length).toBe(points);
    expect(docx.parts['word/numbering.xml']).toContain('w:numFmt w:val="bullet"');
  });

  it('names the theme fonts and sets the document language', () => {
    expect(styles).toContain('w:ascii="PT Serif"');
    expect(styles).toContain('w:ascii="PT Sans"');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="ru-RU"\/>/);
  });

  it('numbers pages «Стр. N из M» with PAGE and NUMPAGES fields', () => {
    const footer = Object.entries(docx.parts).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(footer).toContain('Стр.\u00A0');
    expect(footer).toContain('из\u00A0');
    expect(
      containsValue(
        paragraphsOf(footer)
          .map((p) => p.text)
          .join('\n'),
        view.source!,
      ),
    ).toBe(true);
  });

  it('gives the same bytes twice, dated with the briefing day', async () => {
    const again = await renderBriefing(await loadBriefing(SEED), { format: 'docx' });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const core = docx.parts['docProps/core.xml']!;
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-12-03T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-12-03T00:00:00Z</dcterms:modified>');
    expect(core).toContain(`<dc:title>${view.title}</dc:title>`);
  });
});

describe('docx: notes, quotes, contacts, languages', () => {
  it('makes notes real footnotes, referenced from their figures', async () => {
    const briefing = await loadData(richerSeed());
    const docx = readDocx(await renderBriefing(briefing, { format: 'docx' }));
    const footnotes = docx.parts['word/footnotes.xml']!;
    const note = (id: number) => paragraphsOf(new RegExp(`<w:footnote w:id="${id}">[\\s\\S]*?</w:footnote>`).exec(footnotes)?.[0] ?? '')[0]?.text ?? '';
    expect(containsValue(note(1), 'По данным экспертизы, вес «нетто»')).toBe(true);
    expect(note(1)).toContain('«нетто»');
    expect(containsValue(note(2), 'Сумма на 1 декабря')).toBe(true);
    const document = docx.parts['word/document.xml']!;
    expect(document.match(/<w:footnoteReference w:id="1"\/>/g)).toHaveLength(1);
    expect(document.match(/<w:footnoteReference w:id="2"\/>/g)).toHaveLength(1);
    // the reference sits in the label of the figure with the note
    const row = [...document.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]).find((r) => r.includes('w:footnoteReference w:id="1"'))!;
    expect(row).toContain('почти\u00A046\u00A0кг');
  });

  it('typesets quotes and texts as the PDF does: «ёлочки», dashes, bold kept', async () => {
    const docx = readDocx(await renderBriefing(await loadData(richerSeed()), { format: 'docx' }));
    const quote = docx.paragraphs.find((p) => p.style === 'Quote')!;
    expect(quote.text.replace(/\u00A0/g, ' ')).toBe('Мы «не остановимся» — работа продолжается.');
    expect(quote.text).toContain('\u00A0—');
    expect(docx.parts['word/document.xml']).toMatch(/<w:b\/>[\s\S]{0,80}<w:t[^>]*>продолжается<\/w:t>/);
    expect(docx.paragraphs.some((p) => p.style === 'QuoteSpeaker' && p.text.includes('Алия Кибаткызы'))).toBe(true);
    expect(containsValue(docx.text, 'Телефон доверия')).toBe(true);
    expect(docx.text).toContain('police.kz/astana');
  });

  it.each([
    ['kk', 'kk-KZ', 'Тақырып 1', '2025 жылғы 3 желтоқсан'],
    ['en', 'en-US', 'Heading 1', '3 December 2025'],
  ] as const)('in %s: language %s, headings «%s», dates and numbers of the language', async (lang, wordLang, heading, date) => {
    const briefing = await loadData(richerSeed(lang));
    const docx = readDocx(await renderBriefing(briefing, { format: 'docx' }));
    expect(docx.parts['word/styles.xml']).toContain(`<w:lang w:val="${wordLang}"/>`);
    expect(docx.parts['word/styles.xml']).toContain(`<w:name w:val="${heading}"/>`);
    expect(containsValue(docx.text, date)).toBe(true);
    for (const value of expectedValues(buildView(validateBriefing(briefing)))) expect(containsValue(docx.text, value), value).toBe(true);
    expect(docx.text).toContain(lang === 'en' ? '1,263' : '1\u00A0263');
  });

  it('keeps data that looks like markup as text', async () => {
    const nasty = ['<w:t>x</w:t>', '& и &amp;', '{{title}}', '<script>alert(1)</script>', ']]>'];
    const briefing = await loadData({
      ...MINIMAL,
      title: nasty.join(' '),
      speakers: [{ name: 'Иванов {{name}} <b>' }],
      statistics: [{ title: '<h2>Группа</h2>', items: [{ label: '<td>метка</td> &', value: 5, unit: '&lt;шт&gt;', note: '<i>сноска</i>' }] }],
    });
    const docx = readDocx(await renderBriefing(briefing, { format: 'docx' }));
    for (const value of [...nasty, 'Иванов {{name}} <b>', '<h2>Группа</h2>', '<td>метка</td> &', '5\u00A0&lt;шт&gt;']) {
      expect(containsValue(docx.text, value), value).toBe(true);
    }
    expect(docx.parts['word/footnotes.xml']).toContain('&lt;i&gt;сноска&lt;/i&gt;');
  });
});

describe('docx: control and invisible characters', () => {
  it('leaves no character XML forbids in any part, and keeps the letters', async () => {
    const briefing = await loadData({
      ...MINIMAL,
      title: 'Звонок\u0007 и\u0000 табуляция\tздесь\u0085',
      organization: 'ДП\u0001 города',
      lead: 'abc\u202Edef\u202C и ноль\u200Bширины\uFFFF',
      statistics: [{ title: 'Группа\u000B', items: [{ label: 'Метка\u001F', value: 1, note: 'сноска\u0008' }] }],
    });
    const docx = readDocx(await renderBriefing(briefing, { format: 'docx' }));
    for (const [name, xml] of Object.entries(docx.parts)) expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(containsValue(docx.text, 'Звонок и табуляция здесь')).toBe(true);
    expect(containsValue(docx.text, 'abcdef и нольширины')).toBe(true);
    expect(containsValue(docx.text, 'сноска')).toBe(true);
  });
});

describe('docx: charts', () => {
  it("draws a group's chart as a PNG with its sentence of figures as alternative text, the logo and the photos too", async () => {
    const briefing = await loadBriefing('data/almaty-road-safety-2025.yaml');
    const view = buildView(validateBriefing(briefing));
    const charts = view.statistics.flatMap((g) => (g.chart ? [g.chart] : []));
    expect(charts.length).toBeGreaterThan(0);
    const bytes = await renderBriefing(briefing, { format: 'docx' });
    const docx = readDocx(bytes);
    const drawings = [...docx.parts['word/document.xml']!.matchAll(/<wp:docPr id="(\d+)" name="([^"]*)" descr="([^"]*)"/g)];
    const chartDescriptions = drawings.filter((m) => m[2]!.startsWith('chart-')).map((m) => m[3]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    expect(chartDescriptions).toEqual(charts.map((c) => c.alt));
    // the speaker's photo, named by the speaker; the logo (an SVG, drawn as PNG) in the header
    expect(drawings.filter((m) => m[2]!.startsWith('picture-')).map((m) => m[3])).toEqual([view.speakers.find((s) => s.photo)!.name]);
    const header = Object.entries(docx.parts).find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? '';
    expect(header).toMatch(/<wp:docPr id="1000"/);
    expect(
      containsValue(
        paragraphsOf(header)
          .map((p) => p.text)
          .join(''),
        view.organization,
      ),
    ).toBe(true);
    const ids = [
      ...Object.values(docx.parts)
        .join('')
        .matchAll(/<wp:docPr id="(\d+)"/g),
    ].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const media = Object.keys(docx.parts).filter((name) => /^word\/media\/.+\.png$/.test(name));
    expect(media).toHaveLength(charts.length + 2);
    const again = await renderBriefing(await loadBriefing('data/almaty-road-safety-2025.yaml'), { format: 'docx' });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
