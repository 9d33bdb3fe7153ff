import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { ByteSink, collectBytes, concatBytes } from '../../src/render/collectBytes.js';

/** A small document with text, a compressed stream and an uncompressed one, the same every time. */
function draw(pdf: PDFKit.PDFDocument): void {
  pdf.text('Брифинг, 3 декабря 2025 г.: 1 234 567 фактов', 50, 50);
  pdf.addPage();
  pdf.rect(10, 10, 100, 50).fill('#336699');
  pdf.end();
}
const options = { info: { CreationDate: new Date(Date.UTC(2025, 11, 3)) }, compress: true } as const;

describe('collectBytes', () => {
  it('gathers byte for byte what pdfkit pushes into its stream', async () => {
    const streamed = new PDFDocument(options);
    const chunks: Uint8Array[] = [];
    const done = new Promise<Uint8Array>((resolve) => streamed.on('end', () => resolve(concatBytes(chunks))));
    streamed.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    draw(streamed);
    const expected = await done;

    const collected = new PDFDocument(options);
    const bytes = collectBytes(collected);
    draw(collected);
    const actual = await bytes;
    expect(actual.length).toBe(expected.length);
    expect(Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);
    // The header written by pdfkit's constructor, before collectBytes was called, comes first.
    expect(Buffer.from(actual.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.3');
  });
});

describe('ByteSink', () => {
  it('grows past its capacity and keeps every byte in order', () => {
    const sink = new ByteSink(4);
    sink.binary('ab\u00ff\u0141');
    sink.bytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7]));
    sink.binary('z');
    expect([...sink.result()]).toEqual([0x61, 0x62, 0xff, 0x41, 1, 2, 3, 4, 5, 6, 7, 0x7a]);
    expect(sink.length).toBe(12);
    expect(sink.result().buffer.byteLength).toBe(12);
  });
});
