/**
 * Rough heights of slide content, in pt, from the text alone (the plan runs
 * before layout, and the PPTX has no layout at all). An average PT Sans
 * letter is about half its size wide; the numbers lean to the generous side,
 * and the slide's body may still shrink to 0.8 to absorb the rest.
 */

/** The body's height under a one-line title: 428 pt of content less title and gap. */
export const BODY_ROOM = 428 - 52;

/** Lines a text of `size` pt takes in `width` pt. */
export function lines(text: string, size: number, width = 848): number {
  return Math.max(1, Math.ceil((text.length * size * 0.52) / width));
}

/** Extra height of a slide title over one line (34 pt, line height 1.12). */
export function titleExtra(title: string): number {
  return (lines(title, 34) - 1) * 38;
}

/** A bullet of a list (26 pt, line height 1.25, indent 30, 12 pt apart). */
export function bulletHeight(text: string): number {
  return lines(text, 26, 818) * 32.5 + 12;
}

/** A row of a figure table (24 pt in 3/4 of the width, padded). */
export function tableRowHeight(label: string): number {
  return lines(label, 24, 600) * 28.8 + 12;
}

/**
 * Items split into slides by height: as many as fit `room` on each (at least
 * one); a further slide only when at least `minMoved` items go to it (fewer
 * stay on the slide before, which then shrinks).
 */
export function chunkByHeight<T>(items: readonly T[], height: (t: T) => number, room: number, minMoved = 3): T[][] {
  const chunks: T[][] = [];
  let cur: T[] = [];
  let used = 0;
  for (const it of items) {
    const h = height(it);
    if (cur.length > 0 && used + h > room) {
      chunks.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(it);
    used += h;
  }
  if (cur.length > 0) chunks.push(cur);
  while (chunks.length > 1 && chunks[chunks.length - 1]!.length < minMoved) {
    const last = chunks.pop()!;
    const prev = chunks[chunks.length - 1]!;
    const move = Math.min(minMoved - last.length, prev.length - 1);
    // Too few to move on: they stay with the slide before (which shrinks), unless it can give some.
    if (move <= 0 || prev.length - move < minMoved) chunks[chunks.length - 1] = [...prev, ...last];
    else chunks.push([...prev.splice(prev.length - move, move), ...last]);
    if (chunks[chunks.length - 1]!.length >= minMoved) break;
  }
  return chunks;
}
