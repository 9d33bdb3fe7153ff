/**
 * Tagged PDF (PDF/UA-1) end to end: the example briefings rendered through
 * the library, in every format that exists, read back with pdf.js and as raw
 * objects. Structure, artifacts, language, title, tab order and marked content.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Format } from '../../src/pipeline.js';
import { expectValidPdf } from '../support/expectValidPdf.js';
import { renderFile } from '../support/briefingFiles.js';
import { markedContent, type MarkedContentReport } from '../support/markedContent.js';
import { catalogOf, pdfObjects, refAfter, type PdfObject } from '../support/pdfObjects.js';
import type { PdfStructNode, ReadPdf } from '../support/readPdf.js';
import { childRoles, hasContent, headingProblems, nestingProblems, roles, structElements } from '../support/structTree.js';

const root = resolve(import.meta.dirname, '../..');
const ALMATY = join(root, 'data/almaty-road-safety-2025.yaml');
const ASTANA = join(root, 'data/astana-2025-12-03.yaml');
const FORMATS: Format[] = existsSync(join(root, 'templates/slides/layout.hbs')) ? ['handout', 'slides'] : ['handout'];

interface Sample {
  bytes: Uint8Array;
  pdf: ReadPdf;
  marks: MarkedContentReport;
  objects: Map<number, PdfObject>;
}

const all = (pdf: ReadPdf): PdfStructNode[] => pdf.pages.flatMap((p) => structElements(p.structTree));

describe.each(FORMATS)('tagged PDF: %s', (format) => {
  const samples = new Map<string, Sample>();

  beforeAll(async () => {
    for (const file of [ALMATY, ASTANA]) {
      const { bytes } = await renderFile(file, { format });
      samples.set(file, { bytes, pdf: await expectValidPdf(bytes), marks: await markedContent(bytes), objects: pdfObjects(bytes) });
    }
  }, 120_000);

  const each = (fn: (s: Sample, file: string) => void) => () => {
    for (const [file, s] of samples) fn(s, file);
  };

  it(
    'draws everything inside marked content: structure content or artifacts, balanced on every page',
    each((s) => {
      expect(s.marks.unmarked).toEqual([]);
      expect(s.marks.unbalanced).toEqual([]);
    }),
  );

  it(
    'has one Document root, the title as the first heading H1, and no skipped heading level',
    each((s) => {
      for (const page of s.pdf.pages) expect(childRoles(page.structTree ?? {})).toEqual(['Document']);
      const elements = all(s.pdf);
      expect(elements.find((n) => /^H\d$/.test(n.role ?? ''))?.role).toBe('H1');
      expect(headingProblems(s.pdf)).toEqual([]);
    }),
  );

  it(
    'nests lists and tables as PDF/UA wants: L > LI > Lbl + LBody, Table > THead/TBody > TR > TH/TD',
    each((s) => {
      expect(nestingProblems(s.pdf)).toEqual([]);
      for (const li of all(s.pdf).filter((n) => n.role === 'LI')) {
        expect(childRoles(li).every((r) => r === 'Lbl' || r === 'LBody')).toBe(true);
      }
    }),
  );

  it(
    'gives every Figure its alternative text and every header cell a scope',
    each((s) => {
      for (const figure of all(s.pdf).filter((n) => n.role === 'Figure')) expect(figure.alt?.trim()).toBeTruthy();
      const cells = [...s.objects.values()].filter((o) => /\/S \/TH\b/.test(o.body));
      for (const th of cells) expect(th.body).toMatch(/\/Scope \/(Column|Row)/);
    }),
  );

  it(
    'gives every Note an ID that the structure tree root lists',
    each((s) => {
      const notes = [...s.objects.values()].filter((o) => /\/S \/Note\b/.test(o.body));
      const ids = notes.map((n) => /\/ID (\([^)]*\)|<[0-9a-f]+>)/i.exec(n.body)?.[1]);
      expect(ids.every(Boolean)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      if (notes.length > 0) {
        const treeRoot = [...s.objects.values()].find((o) => /\/Type \/StructTreeRoot/.test(o.body));
        expect(treeRoot?.body).toContain('/IDTree');
      }
    }),
  );

  it(
    'marks the page header and footer as artifacts, and the content as tagged',
    each((s) => {
      const n = s.pdf.pages.length;
      s.marks.artifactText.forEach((text, i) => {
        expect(text.replace(/\s+/g, ' ')).toMatch(format === 'handout' ? new RegExp(`Стр\\. ${i + 1} из ${n}`) : /\S/);
        expect(s.marks.taggedText[i]).not.toMatch(/Стр\. \d+ из \d+/);
      });
      expect(s.marks.taggedText[0]).toContain(String(s.pdf.info['Title']).split(' ')[0]);
    }),
  );

  it(
    'sets the language, shows the title instead of the file name, is marked, and tabs in structure order',
    each((s) => {
      const catalog = catalogOf(s.objects);
      expect(catalog.body).toMatch(/\/Lang \(ru-RU\)/);
      expect(s.pdf.lang).toBe('ru-RU');
      expect(refAfter(s.objects, catalog.body, '/ViewerPreferences')?.body).toMatch(/\/DisplayDocTitle true/);
      expect(refAfter(s.objects, catalog.body, '/MarkInfo')?.body).toMatch(/\/Marked true/);
      expect(refAfter(s.objects, catalog.body, '/StructTreeRoot')?.body).toMatch(/\/ParentTree/);
      const pages = [...s.objects.values()].filter((o) => /\/Type \/Page\b/.test(o.body));
      expect(pages).toHaveLength(s.pdf.pages.length);
      for (const page of pages) {
        expect(page.body).toMatch(/\/Tabs \/S\b/);
        expect(page.body).toMatch(/\/StructParents \d+/);
      }
    }),
  );

  it(
    'identifies itself as PDF/UA-1 with the title in its XMP metadata',
    each((s) => {
      expect(s.pdf.xmp?.['pdfuaid:part']).toBe('1');
      expect(s.pdf.xmp?.['dc:title']).toBe(s.pdf.info['Title']);
      expect(s.pdf.info['Title']).toBeTruthy();
    }),
  );

  it(
    'keeps the reading order of the data: title, then the sections in order',
    each((s, file) => {
      if (file !== ASTANA || format !== 'handout') return;
      const headings = all(s.pdf).filter((n) => n.role === 'H2' && hasContent(n));
      expect(headings.length).toBeGreaterThan(3);
      const text = s.marks.taggedText.join('\n').replace(/\s+/g, ' ');
      const order = [
        'Противодействие наркопреступности',
        'Синтетика из подпольных лабораторий',
        'Задачи полиции',
        'Методические рекомендации',
        'Оперативные мероприятия',
      ];
      const at = order.map((t) => text.indexOf(t));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }),
  );

  it('tags quotes as Quote and footnotes as Note in the briefing that has them', () => {
    if (format !== 'handout') return;
    const found = roles(samples.get(ALMATY)!.pdf);
    expect(found).toEqual(expect.arrayContaining(['Quote', 'Note', 'L', 'Table', 'Sect']));
  });
});
