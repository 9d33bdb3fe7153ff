/**
 * Reading a DOCX back for tests: the package unzipped (fflate) and the text
 * of its paragraphs, each with its style, taken from the WordprocessingML.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParagraph {
  style: string | null;
  text: string;
}

export interface ReadDocx {
  /** Every part of the package by name, as text. */
  parts: Record<string, string>;
  /** The paragraphs of word/document.xml, table cells included, in order. */
  paragraphs: DocxParagraph[];
  /** Every paragraph's text, one a line: the body, then the footnotes and the footers. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, name: string) =>
    name.startsWith('#x')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : ENTITIES[name]!,
  );
}

/** The paragraphs of one WordprocessingML part. */
export function paragraphsOf(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  for (const [p] of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const style = /<w:pStyle w:val="([^"]*)"/.exec(p)?.[1] ?? null;
    let text = '';
    for (const m of p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)) text += m[1] === undefined ? '\t' : decodeXml(m[1]);
    out.push({ style, text });
  }
  return out;
}

export function readDocx(bytes: Uint8Array): ReadDocx {
  const entries = unzipSync(bytes);
  const parts = Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
  const paragraphs = paragraphsOf(parts['word/document.xml'] ?? '');
  const others = Object.keys(parts)
    .filter((name) => /^word\/(footnotes|footer\d*)\.xml$/.test(name))
    .sort()
    .flatMap((name) => paragraphsOf(parts[name]!));
  return { parts, paragraphs, text: [...paragraphs, ...others].map((p) => p.text).join('\n') };
}
