import type { TextStyle } from '../../style/types.js';
import type { FontRun } from '../types.js';

/** A run of text in one style, resolved to concrete fonts and measured. */
export interface Piece {
  text: string;
  style: TextStyle;
  runs: FontRun[];
  /** Width of each run, pt. */
  runWidths: number[];
  width: number;
}

/** Text between two break opportunities (spaces); it may mix styles. */
export interface Word {
  pieces: Piece[];
  width: number;
  /** The space that follows the word, or null at a paragraph's end or before a forced break. */
  spaceAfter: Piece | null;
  /** A forced line break (`br`) follows. */
  breakAfter: boolean;
  /** Where the word may be divided, once computed (kept by the rest of a divided word). */
  splits?: { hyphenate: boolean; points: readonly { offset: number; hyphen: boolean }[] };
}

export function wordLength(w: Word): number {
  let n = 0;
  for (const p of w.pieces) n += p.text.length;
  return n;
}

export function wordText(w: Word): string {
  let s = '';
  for (const p of w.pieces) s += p.text;
  return s;
}
