/**
 * Breaks `text` into lines no wider than `width` at spaces (U+0020; a
 * no-break space holds). Nothing is shortened: a word wider than the line is
 * divided between letters.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
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
    for (const piece of divideWord(word, width, measure)) {
      if (line !== '') lines.push(line);
      line = piece;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** A word in pieces that each fit `width` (at least one character each). */
function divideWord(word: string, width: number, measure: (s: string) => number): string[] {
  if (measure(word) <= width + 1e-6) return [word];
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
