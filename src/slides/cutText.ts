import type { Paragraph } from '../view/types.js';

/** The plain text of a paragraph. */
export function paragraphText(p: Paragraph): string {
  return p.map((r) => r.text).join('');
}

/**
 * The paragraph cut to at most `max` characters: at the last sentence end
 * before `max` when there is one, else at the last space, with «…». Runs
 * keep their bold and italic. A paragraph within `max` is returned as is.
 */
export function cutParagraph(p: Paragraph, max: number): Paragraph {
  const text = paragraphText(p);
  if (text.length <= max) return p;
  const head = text.slice(0, max + 1);
  const sentence = Math.max(...['. ', '! ', '? ', '.\u00A0', '… '].map((end) => head.lastIndexOf(end)));
  let at: number;
  let ellipsis = '';
  if (sentence >= max * 0.4) at = sentence + 1;
  else {
    const space = head.search(/\s\S*$/);
    at = space > max * 0.4 ? space : max;
    ellipsis = '…';
  }
  const out: Paragraph = [];
  let used = 0;
  for (const run of p) {
    if (used >= at) break;
    const take = run.text.slice(0, at - used);
    used += take.length;
    out.push({ ...run, text: take });
  }
  const last = out[out.length - 1];
  if (last) out[out.length - 1] = { ...last, text: last.text.replace(/[\s,;:—–-]+$/u, '') + ellipsis };
  return out;
}

/** A plain string cut the same way. */
export function cutString(text: string, max: number): string {
  return paragraphText(cutParagraph([{ text, bold: false, italic: false }], max));
}

/**
 * Items split into slides of at most `per`, a further slide only when at
 * least `minMoved` items go to it: 7 of 5 → one slide of 7; 8 of 5 → 5 + 3;
 * 11 of 5 → 5 + 3 + 3 (the last ones rebalanced).
 */
export function chunkItems<T>(items: readonly T[], per: number, minMoved = 3): T[][] {
  if (items.length <= per + minMoved - 1) return [items.slice()];
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += per) chunks.push(items.slice(i, i + per));
  const last = chunks[chunks.length - 1]!;
  if (last.length < minMoved) {
    const prev = chunks[chunks.length - 2]!;
    const move = minMoved - last.length;
    chunks[chunks.length - 1] = [...prev.splice(prev.length - move, move), ...last];
  }
  return chunks;
}
