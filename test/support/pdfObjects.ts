/**
 * A raw reader of the objects of a PDF that pdfkit wrote (a classic xref
 * table, no object streams), for checks that pdf.js does not expose: the
 * catalog's entries, the output intent's ICC profile, font descriptors.
 */
import { inflateSync } from 'node:zlib';

export interface PdfObject {
  num: number;
  /** The object's text before `stream` (the whole object when it has no stream). */
  body: string;
  /** The stream's data, inflated when it is FlateDecode; null when the object has no stream. */
  stream: Uint8Array | null;
}

export function pdfObjects(bytes: Uint8Array): Map<number, PdfObject> {
  const text = Buffer.from(bytes).toString('latin1');
  const start = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? NaN);
  if (!Number.isFinite(start) || !text.startsWith('xref', start)) throw new Error('no classic xref table');
  const lines = text.slice(start).split(/\r?\n/);
  const [first, count] = (lines[1] ?? '').split(' ').map(Number) as [number, number];
  const objects = new Map<number, PdfObject>();
  for (let i = 0; i < count; i++) {
    const [offset, , kind] = (lines[2 + i] ?? '').trim().split(' ');
    if (kind !== 'n') continue;
    const num = first + i;
    const at = Number(offset);
    const head = new RegExp(`^${num} 0 obj\\s*`).exec(text.slice(at, at + 32));
    if (!head) throw new Error(`object ${num} is not at offset ${at}`);
    const bodyStart = at + head[0].length;
    const end = text.indexOf('endobj', bodyStart);
    const streamAt = text.indexOf('stream', bodyStart);
    if (streamAt < 0 || streamAt > end) {
      objects.set(num, { num, body: text.slice(bodyStart, end).trim(), stream: null });
      continue;
    }
    const body = text.slice(bodyStart, streamAt).trim();
    const length = Number(/\/Length (\d+)(?!\s+\d+\s+R)/.exec(body)?.[1] ?? NaN);
    const dataStart = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
    const raw = bytes.subarray(dataStart, dataStart + length);
    const stream = /\/Filter \/FlateDecode/.test(body) ? new Uint8Array(inflateSync(raw)) : raw;
    objects.set(num, { num, body, stream });
  }
  return objects;
}

/** The object a reference `N 0 R` in `text` after `key` points to: `ref(objs, catalog.body, '/Metadata')`. */
export function refAfter(objects: Map<number, PdfObject>, text: string, key: string): PdfObject | undefined {
  const m = new RegExp(`${key.replace(/[/]/g, '\\/')}\\s+(\\d+) 0 R`).exec(text);
  return m ? objects.get(Number(m[1])) : undefined;
}

/** The document catalog. */
export function catalogOf(objects: Map<number, PdfObject>): PdfObject {
  for (const o of objects.values()) if (/\/Type \/Catalog\b/.test(o.body)) return o;
  throw new Error('no catalog');
}

/** The document info dictionary's entries, as the raw text of each value (pdfkit writes each as its own object). */
export function infoEntries(bytes: Uint8Array, objects: Map<number, PdfObject>): Record<string, string> {
  const text = Buffer.from(bytes).toString('latin1');
  const info = refAfter(objects, text.slice(text.lastIndexOf('trailer')), '/Info');
  const out: Record<string, string> = {};
  for (const m of (info?.body ?? '').matchAll(/\/(\w+) (\d+) 0 R/g)) out[m[1]!] = objects.get(Number(m[2]))?.body ?? '';
  return out;
}

/** The text of a PDF string's bytes: UTF-16BE after a BOM, else PDFDocEncoding (taken as Latin-1). */
function decodeTextString(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
  return bytes.toString('latin1');
}

/** Every string value that follows `key` in `text` (literal `(…)` with escapes, or hex `<…>`), decoded. */
export function stringsAfter(text: string, key: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`${key.replace(/[/]/g, '\\/')}\\s*(?:<([0-9a-fA-F\\s]*)>|\\(((?:\\\\[\\s\\S]|[^\\\\)])*)\\))`, 'g');
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined) {
      out.push(decodeTextString(Buffer.from(m[1].replace(/\s+/g, ''), 'hex')));
      continue;
    }
    const literal = (m[2] ?? '').replace(/\\([0-7]{1,3}|[\s\S])/g, (_, e: string) => {
      if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
      return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? (e === '\n' ? '' : e);
    });
    out.push(decodeTextString(Buffer.from(literal, 'latin1')));
  }
  return out;
}
