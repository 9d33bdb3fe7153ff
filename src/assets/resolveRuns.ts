import type { FontRun } from '../layout/types.js';
import { splitClusters, type Cluster } from './splitClusters.js';

/** One font of a face's fallback chain, as run resolution sees it. */
export interface ChainFont {
  fontId: string;
  has(codePoint: number): boolean;
}

function hasAll(font: ChainFont, cluster: Cluster): boolean {
  return cluster.codePoints.every((cp) => font.has(cp));
}

/**
 * The font that draws a cluster: the first of the chain with every code point
 * of it. Spaces and control characters stay with the run before them when its
 * font can draw them; a character no font can draw goes to the primary font
 * (`missing` reports it).
 */
function pickFont(chain: readonly ChainFont[], cluster: Cluster, previous: ChainFont | null): ChainFont {
  const primary = chain[0];
  if (!primary) throw new Error('briefing: empty font chain');
  if (cluster.control) return previous ?? primary;
  if (cluster.space && previous && hasAll(previous, cluster)) return previous;
  const full = chain.find((font) => hasAll(font, cluster));
  if (full) return full;
  if (cluster.space) return previous ?? primary;
  const base = cluster.codePoints[0] ?? 0;
  return chain.find((font) => font.has(base)) ?? primary;
}

/** Splits text into maximal runs, each drawn by one font of the chain. */
export function resolveRunsInChain(chain: readonly ChainFont[], text: string): FontRun[] {
  const runs: FontRun[] = [];
  let previous: ChainFont | null = null;
  for (const cluster of splitClusters(text)) {
    const font = pickFont(chain, cluster, previous);
    const last = runs[runs.length - 1];
    if (last && last.fontId === font.fontId) last.text += cluster.text;
    else runs.push({ fontId: font.fontId, text: cluster.text });
    previous = font;
  }
  return runs;
}

/** Characters of `text` no font of the chain can draw, each once, in order. */
export function missingInChain(chain: readonly ChainFont[], text: string): string[] {
  // Asked for every text of every document: a loop over UTF-16 units that allocates nothing unless a character is missing.
  let missing: Set<string> | undefined;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    // Control characters (\p{Cc}) are never drawn.
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) continue;
    if (!chainHas(chain, cp)) (missing ??= new Set()).add(String.fromCodePoint(cp));
  }
  return missing ? [...missing] : [];
}

function chainHas(chain: readonly ChainFont[], cp: number): boolean {
  for (const font of chain) if (font.has(cp)) return true;
  return false;
}
