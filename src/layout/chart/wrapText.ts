/**
 * Breaks `text` into lines no wider than `width` at spaces (U+0020; a
 * no-break space holds). Nothing is shortened: a word wider than the line is
 * hyphenated (with `hyphenate`, never a capitalised word: a name), else
 * divided between letters; a number is never divided.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number, hyphenate?: (word: string) => readonly number[]): string[] {
  const words = text.split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= width + 1e-6) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    for (const piece of hyphenateWord(word, width, measure, hyphenate) ?? divideWord(word, width, measure)) {
      if (line !== '') lines.push(line);
      line = piece;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** A word in hyphenated pieces that each fit `width`; null when its hyphenation points do not make it fit. */
function hyphenateWord(word: string, width: number, measure: (s: string) => number, hyphenate?: (word: string) => readonly number[]): string[] | null {
  if (measure(word) <= width + 1e-6) return [word];
  if (!hyphenate || /^\p{Lu}/u.test(word) || /\d/.test(word)) return null;
  const points = hyphenate(word);
  const pieces: string[] = [];
  let from = 0;
  while (measure(word.slice(from)) > width + 1e-6) {
    let best = -1;
    for (const p of points) if (p > from && measure(`${word.slice(from, p)}-`) <= width + 1e-6) best = p;
    if (best < 0) return null;
    pieces.push(`${word.slice(from, best)}-`);
    from = best;
  }
  pieces.push(word.slice(from));
  return pieces;
}

/** A word in pieces that each fit `width` (at least one character each); a number stays whole. */
function divideWord(word: string, width: number, measure: (s: string) => number): string[] {
  if (measure(word) <= width + 1e-6 || /^[\d\u00A0\u202F,.\u2212+-]+$/.test(word)) return [word];
  const chars = [...word];
  const pieces: string[] = [];
  let cur = '';
  for (const ch of chars) {
    if (cur !== '' && measure(cur + ch) > width + 1e-6) {
      pieces.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur !== '') pieces.push(cur);
  return pieces;
}

/** The widest single word of `text`. */
export function widestWord(text: string, measure: (s: string) => number): number {
  return Math.max(0, ...text.split(' ').map(measure));
}
