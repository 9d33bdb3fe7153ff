/** The part of pdfkit's document that writes the file: every line and stream goes through `_write`. */
interface PdfWriter {
  _write(data: unknown): void;
  _offset: number;
}

/** A byte buffer that grows by doubling; binary strings are copied in one byte per UTF-16 unit. */
export class ByteSink {
  private buffer: Uint8Array;
  private used = 0;

  constructor(capacity = 64 * 1024) {
    this.buffer = new Uint8Array(capacity);
  }

  get length(): number {
    return this.used;
  }

  private reserve(more: number): void {
    const need = this.used + more;
    if (need <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < need) capacity *= 2;
    const next = new Uint8Array(capacity);
    next.set(this.buffer.subarray(0, this.used));
    this.buffer = next;
  }

  /** Each UTF-16 unit as the byte of its low eight bits (pdfkit's `fromBinaryString`). */
  binary(text: string): void {
    this.reserve(text.length);
    const buffer = this.buffer;
    let at = this.used;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i) & 0xff;
    this.used = at;
  }

  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  /** A copy of the bytes written, exactly as long as they are. */
  result(): Uint8Array {
    return this.buffer.slice(0, this.used);
  }
}

/**
 * The bytes a pdfkit document writes, once it has ended. pdfkit pushes every
 * line of the file into its Readable stream as a chunk of its own (a copy
 * per line, a stream event per chunk: about a tenth of a render); here its
 * writes go straight into one growing buffer instead, byte for byte what it
 * would have pushed, and the stream only carries the end.
 */
export function collectBytes(pdf: PDFKit.PDFDocument): Promise<Uint8Array> {
  const sink = new ByteSink();
  // What pdfkit wrote before this (the header, from its constructor), still in the stream's buffer.
  const head = pdf.read() as Uint8Array | null;
  if (head) sink.bytes(head);
  const writer = pdf as unknown as PdfWriter;
  writer._write = function write(this: PdfWriter, data: unknown): void {
    // As pdfkit's own _write: a Uint8Array as it is, anything else as text and a newline.
    if (data instanceof Uint8Array) {
      sink.bytes(data);
      this._offset += data.length;
    } else {
      const text = (data as string) + '\n';
      sink.binary(text);
      this._offset += text.length;
    }
  };
  return new Promise((resolve, reject) => {
    // pdfkit pushes nothing else but the end; a chunk pushed some other way is still kept.
    pdf.on('data', (chunk: Uint8Array) => sink.bytes(chunk));
    pdf.on('error', reject);
    pdf.on('end', () => resolve(sink.result()));
  });
}

/** Chunks joined into one array (the chunk itself when there is one). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const total = chunks.reduce((sum, c) => sum + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
