import { Parser } from 'yaml';

/** A `[` or `{` that opens a flow collection and is never closed. */
export interface UnclosedBracket {
  bracket: '[' | '{';
  /** Offset of the bracket in the text. */
  offset: number;
}

/**
 * The unclosed flow collection that a `yaml` error at `errorOffset` is about:
 * the `yaml` package reports a missing `]`/`}` as BAD_INDENT («Flow sequence in
 * block collection must be sufficiently indented and end with a ]») or
 * MISSING_CHAR («Flow sequence must end with a ]») at the place where it gave
 * up, not at the bracket. The bracket is found in the parser's concrete syntax
 * tree, so brackets inside quotes and comments are never taken for it.
 * Returns undefined when the error is not about an unclosed bracket.
 */
export function unclosedBracket(text: string, code: string, message: string, errorOffset: number): UnclosedBracket | undefined {
  if (code !== 'BAD_INDENT' && code !== 'MISSING_CHAR') return undefined;
  const kind = /^Flow (sequence|map)\b.*\bend with an? ([\]}])/.exec(message);
  if (!kind) return undefined;
  const bracket = kind[1] === 'sequence' ? '[' : '{';
  const close = kind[2];
  const unclosed: UnclosedBracket[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const token = node as { type?: string; start?: { source?: string; offset?: number }; end?: { source?: string }[] };
    if (token.type === 'flow-collection' && token.start?.source === bracket && typeof token.start.offset === 'number') {
      if (!(token.end ?? []).some((t) => t.source === close)) unclosed.push({ bracket, offset: token.start.offset });
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
  };
  for (const token of new Parser().parse(text)) visit(token);
  // The nearest unclosed bracket of that kind before the place the parser gave up.
  let best: UnclosedBracket | undefined;
  for (const u of unclosed) if (u.offset <= errorOffset && (!best || u.offset > best.offset)) best = u;
  return best;
}
