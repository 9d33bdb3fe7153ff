import type { InlineRun, Paragraph } from './types.js';
import { plainText } from './plainText.js';

/**
 * A *text* field as paragraphs of runs. A blank line (empty or whitespace only)
 * separates paragraphs; any other whitespace, line breaks included, is one space.
 * `**bold**` and `*italic*` are the only markup and may nest; a `*` that opens
 * nothing (followed by a space, unmatched, lone) is printed as is. Everything
 * else is literal text.
 */
export function parseText(text: string): Paragraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map(plainText)
    .filter((p) => p !== '')
    .map(parseInline);
}

type Node =
  { kind: 'text'; text: string } | { kind: 'delim'; count: number; canOpen: boolean; canClose: boolean } | { kind: 'emph'; strong: boolean; children: Node[] };

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);

function tokenize(s: string): Node[] {
  const nodes: Node[] = [];
  const re = /\*+/g;
  let last = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m.index > last) nodes.push({ kind: 'text', text: s.slice(last, m.index) });
    const end = m.index + m[0].length;
    nodes.push({
      kind: 'delim',
      count: m[0].length,
      canOpen: !isSpace(s[end]),
      canClose: !isSpace(s[m.index - 1]),
    });
    last = end;
  }
  if (last < s.length) nodes.push({ kind: 'text', text: s.slice(last) });
  return nodes;
}

/** Matches closers with the nearest openers before them, left to right (as CommonMark does). */
function matchEmphasis(nodes: Node[]): void {
  let i = 0;
  while (i < nodes.length) {
    const closer = nodes[i];
    if (closer?.kind !== 'delim' || !closer.canClose) {
      i++;
      continue;
    }
    let j = i - 1;
    while (j >= 0) {
      const n = nodes[j];
      if (n?.kind === 'delim' && n.canOpen) break;
      j--;
    }
    const opener = nodes[j];
    if (j < 0 || opener?.kind !== 'delim') {
      i++;
      continue;
    }
    const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
    const emph: Node = { kind: 'emph', strong: use === 2, children: nodes.slice(j + 1, i) };
    opener.count -= use;
    closer.count -= use;
    const replaced: Node[] = [];
    if (opener.count > 0) replaced.push(opener);
    replaced.push(emph);
    if (closer.count > 0) replaced.push(closer);
    nodes.splice(j, i - j + 1, ...replaced);
    // Continue with the same closer if it has stars left, else with the node after it.
    i = j + (opener.count > 0 ? 1 : 0) + 1;
  }
}

function flatten(nodes: Node[], bold: boolean, italic: boolean, out: InlineRun[]): void {
  for (const n of nodes) {
    if (n.kind === 'emph') {
      flatten(n.children, bold || n.strong, italic || !n.strong, out);
      continue;
    }
    const text = n.kind === 'text' ? n.text : '*'.repeat(n.count);
    const prev = out[out.length - 1];
    if (prev && prev.bold === bold && prev.italic === italic) prev.text += text;
    else out.push({ text, bold, italic });
  }
}

/** One paragraph's text (already collapsed) as runs of plain, bold and italic text. */
export function parseInline(s: string): Paragraph {
  const nodes = tokenize(s);
  matchEmphasis(nodes);
  const runs: InlineRun[] = [];
  flatten(nodes, false, false, runs);
  return runs.filter((r) => r.text !== '');
}
