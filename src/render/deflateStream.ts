import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { LruCache } from '../cache/lruCache.js';

/**
 * zlib level of the streams (pages, fonts, structure). pdfkit deflates at
 * zlib's default 6; 3 takes about half the time for about 2 % more bytes on
 * the seed handout (98.0 → 100.2 KB).
 */
export const DEFLATE_LEVEL = 3;

/** Streams at least this long are remembered by content (font subsets, pages of repeated content). */
const REMEMBER_FROM = 2048;
/** Deflated streams kept across documents; the least recently used go first. */
export const MAX_DEFLATED_STREAMS = 128;
const deflated = new LruCache<string, Uint8Array>(MAX_DEFLATED_STREAMS);

/** Streams remembered now (for tests: the memo is bounded). */
export function deflatedStreamsHeld(): number {
  return deflated.size;
}

/**
 * The stream deflated at DEFLATE_LEVEL. A long stream whose bytes were
 * deflated before in this process (the same font subset, an unchanged page
 * of a document rendered again by `watch`) is not deflated again: the memo
 * is keyed by a SHA-1 of the bytes, so only equal bytes give equal output.
 */
export function deflateStream(bytes: Uint8Array): Uint8Array {
  if (bytes.length < REMEMBER_FROM) return deflateSync(bytes, { level: DEFLATE_LEVEL });
  const key = createHash('sha1').update(bytes).digest('base64');
  const known = deflated.get(key);
  if (known) return known;
  const out = deflateSync(bytes, { level: DEFLATE_LEVEL });
  deflated.set(key, out);
  return out;
}
