/**
 * `--pdfa` end to end: PDF/A-2a identification in XMP that agrees with the
 * info dictionary, a real sRGB ICC profile as output intent, only embedded
 * fonts, nothing PDF/A forbids. (veraPDF is not available: these are the
 * checks that can be made with qpdf, pdf.js and the raw objects.)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Format } from '../../src/pipeline.js';
import { expectValidPdf } from '../support/expectValidPdf.js';
import { MINIMAL, renderData, renderFile } from '../support/briefingFiles.js';
import { markedContent } from '../support/markedContent.js';
import { catalogOf, infoEntries, pdfObjects, refAfter, stringsAfter, type PdfObject } from '../support/pdfObjects.js';
import type { ReadPdf } from '../support/readPdf.js';

const root = resolve(import.meta.dirname, '../..');
const ALMATY = join(root, 'data/almaty-road-safety-2025.yaml');
const FORMATS: Format[] = existsSync(join(root, 'templates/slides/layout.hbs')) ? ['handout', 'slides'] : ['handout'];

/** `D:20251210000000Z` → `2025-12-10T00:00:00Z`. */
function isoOf(pdfDate: unknown): string {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(String(pdfDate));
  if (!m) throw new Error(`not a PDF date in UTC: ${String(pdfDate)}`);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

const ascii = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');

/** Standard blend modes (PDF/A allows no others). */
const BLEND_MODES = [
  'Normal',
  'Compatible',
  'Multiply',
  'Screen',
  'Overlay',
  'Darken',
  'Lighten',
  'ColorDodge',
  'ColorBurn',
  'HardLight',
  'SoftLight',
  'Difference',
  'Exclusion',
  'Hue',
  'Saturation',
  'Color',
  'Luminosity',
];

describe.each(FORMATS)('--pdfa: %s', (format) => {
  let bytes: Uint8Array;
  let pdf: ReadPdf;
  let objects: Map<number, PdfObject>;

  beforeAll(async () => {
    ({ bytes } = await renderFile(ALMATY, { format, pdfa: true }));
    pdf = await expectValidPdf(bytes);
    objects = pdfObjects(bytes);
  }, 60_000);

  it('identifies the file as PDF/A-2a (and PDF/UA-1, with the extension schema PDF/A wants for it)', () => {
    expect(pdf.xmp?.['pdfaid:part']).toBe('2');
    expect(pdf.xmp?.['pdfaid:conformance']).toBe('A');
    expect(pdf.xmp?.['pdfuaid:part']).toBe('1');
    const raw = Buffer.from(bytes).toString('utf8');
    expect(raw).toContain('<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>');
    expect(raw).toContain('<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>');
    expect(ascii(bytes, 0, 9)).toBe('%PDF-1.7\n');
  });

  it('repeats the document info in XMP, value for value', () => {
    const { info, xmp } = pdf;
    expect(xmp?.['dc:title']).toBe(info['Title']);
    expect(xmp?.['dc:creator']).toEqual([info['Author']]);
    expect(xmp?.['dc:description']).toBe(info['Subject']);
    expect(xmp?.['pdf:keywords']).toBe(info['Keywords']);
    expect(xmp?.['pdf:producer']).toBe(info['Producer']);
    expect(xmp?.['xmp:creatortool']).toBe(info['Creator']);
    expect(xmp?.['xmp:createdate']).toBe(isoOf(info['CreationDate']));
    expect(xmp?.['xmp:modifydate']).toBe(isoOf(info['ModDate']));
    expect(info['Title']).toBe('Итоги операции «Безопасная дорога»');
    expect(info['CreationDate']).toBe('D:20251210000000Z');
    // Only entries PDF/A knows how to match with XMP.
    expect(Object.keys(infoEntries(bytes, objects)).sort()).toEqual([
      'Author',
      'CreationDate',
      'Creator',
      'Keywords',
      'ModDate',
      'Producer',
      'Subject',
      'Title',
    ]);
  });

  it('writes the XMP packet as an uncompressed metadata stream with no stray keys', () => {
    const metadata = refAfter(objects, catalogOf(objects).body, '/Metadata');
    expect(metadata?.body).toMatch(/\/Type \/Metadata/);
    expect(metadata?.body).toMatch(/\/Subtype \/XML/);
    expect(metadata?.body).not.toMatch(/\/Filter|\/length/);
    const packet = Buffer.from(metadata!.stream!).toString('utf8');
    expect(packet.startsWith('<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>')).toBe(true);
    expect(packet.trimEnd().endsWith('<?xpacket end="w"?>')).toBe(true);
  });

  it('has an sRGB output intent with a real ICC profile embedded', () => {
    const catalog = catalogOf(objects);
    const intents = /\/OutputIntents \[(\d+) 0 R\]/.exec(catalog.body);
    const intent = objects.get(Number(intents?.[1]));
    expect(intent?.body).toMatch(/\/S \/GTS_PDFA1/);
    expect(intent?.body).toMatch(/\/OutputConditionIdentifier \(sRGB IEC61966-2\.1\)/);
    const profile = refAfter(objects, intent!.body, '/DestOutputProfile');
    expect(profile?.body).toMatch(/\/N 3\b/);
    const icc = profile!.stream!;
    expect(icc.length).toBeGreaterThan(128);
    expect(Buffer.from(icc).readUInt32BE(0)).toBe(icc.length); // the size the header declares
    expect(ascii(icc, 12, 16)).toBe('mntr'); // a display profile
    expect(ascii(icc, 16, 20)).toBe('RGB ');
    expect(ascii(icc, 20, 24)).toBe('XYZ ');
    expect(ascii(icc, 36, 40)).toBe('acsp');
    expect(icc[8]).toBeLessThanOrEqual(4); // ICC version PDF 1.7 can hold
    expect(Buffer.from(icc).toString('latin1')).toMatch(/sRGB/);
  });

  it('embeds every font, with a ToUnicode map, and uses no standard (unembedded) font', () => {
    expect(pdf.fonts.length).toBeGreaterThan(0);
    expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
    const fonts = [...objects.values()].filter((o) => /\/Type \/Font\b/.test(o.body));
    for (const font of fonts) {
      expect(font.body).not.toMatch(/\/Subtype \/Type1\b|\/Subtype \/TrueType\b(?![\s\S]*FontDescriptor)/);
      if (/\/Subtype \/Type0/.test(font.body)) expect(font.body).toMatch(/\/ToUnicode \d+ 0 R/);
    }
    const descriptors = [...objects.values()].filter((o) => /\/Type \/FontDescriptor/.test(o.body));
    expect(descriptors.length).toBeGreaterThan(0);
    for (const d of descriptors) expect(d.body).toMatch(/\/FontFile[23]? \d+ 0 R/);
  });

  it('contains nothing PDF/A forbids: no scripts, actions, attachments, encryption, transfer functions or LZW', () => {
    const all = [...objects.values()].map((o) => o.body).join('\n');
    for (const forbidden of [
      '/JavaScript',
      '/JS ',
      '/Launch',
      '/EmbeddedFiles',
      '/Encrypt',
      '/TR ',
      '/TR2',
      '/LZWDecode',
      '/Alternates',
      '/OPI',
      '/Subtype /PS',
      '/AA ',
    ]) {
      expect(all).not.toContain(forbidden);
    }
    for (const m of all.matchAll(/\/BM \/(\w+)/g)) expect(BLEND_MODES).toContain(m[1]);
    for (const m of all.matchAll(/\/SMask \/(\w+)/g)) expect(m[1]).toBe('None');
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/trailer\s*<<[\s\S]*\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);
  });

  it('is still a fully tagged PDF', async () => {
    const marks = await markedContent(bytes);
    expect(marks.unmarked).toEqual([]);
    expect(marks.unbalanced).toEqual([]);
  });
});

describe('--pdfa with characters no font has', () => {
  it('never draws the .notdef glyph: a replacement mark, with the character as ActualText', async () => {
    const { bytes, warnings } = await renderData({ ...MINIMAL, lead: 'Знак 中 и 🦄 в тексте.' }, { pdfa: true });
    expect(warnings.map((w) => w.message).join('\n')).toMatch(/U\+4E2D[\s\S]*U\+1F984/);
    await expectValidPdf(bytes);
    const objects = pdfObjects(bytes);
    const content = [...objects.values()].filter((o) => o.stream && /BT[\s\S]*ET/.test(Buffer.from(o.stream).toString('latin1')));
    const text = content.map((o) => Buffer.from(o.stream!).toString('latin1')).join('\n');
    expect(stringsAfter(text, '/ActualText')).toEqual(['中', '🦄']);
    // No text-showing operator shows glyph 0 (pdfkit writes glyph ids as 4 hex digits).
    expect(text).not.toMatch(/<0000>|\[<0000/);
    for (const m of text.matchAll(/\[((?:<[0-9a-f]+>\s*-?[\d.]*\s*)+)\] TJ/g)) {
      for (const hex of m[1]!.matchAll(/<([0-9a-f]+)>/g)) expect(hex[1]!.match(/.{4}/g)).not.toContain('0000');
    }
  });
});
