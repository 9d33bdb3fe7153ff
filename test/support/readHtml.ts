/**
 * Reading an HTML page back for tests with a real HTML5 parser (parse5):
 * its parse errors, its elements and its text; and a strict check that every
 * element the page opens it also closes (HTML would forgive a missing `</p>`).
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface ReadHtml {
  errors: string[];
  elements: Element[];
  /** The text of `<body>`, blocks on their own lines. */
  text: string;
  attr(element: Element, name: string): string | undefined;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'tr', 'figcaption', 'blockquote', 'td', 'th']);

export function readHtml(html: string): ReadHtml {
  const errors: string[] = [];
  const document = parse(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  const elements: Element[] = [];
  let text = '';
  let inBody = false;
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      elements.push(node);
      if (node.tagName === 'body') inBody = true;
    }
    if (node.nodeName === '#text' && inBody) text += (node as DefaultTreeAdapterMap['textNode']).value;
    for (const child of ('childNodes' in node ? node.childNodes : []) as Node[]) visit(child);
    if ('tagName' in node && BLOCKS.has(node.tagName)) text += '\n';
  };
  visit(document);
  return { errors, elements, text, attr: (el, name) => el.attrs.find((a) => a.name === name)?.value };
}

/** Elements opened and not closed, or closed without being open, in the page's source. */
export function unbalancedTags(html: string): string[] {
  const source = html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>]*>/i, '');
  const stack: string[] = [];
  const problems: string[] = [];
  for (const [, close, name] of source.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g)) {
    const tag = name!.toLowerCase();
    if (VOID.has(tag)) continue;
    if (!close) stack.push(tag);
    else if (stack[stack.length - 1] === tag) stack.pop();
    else problems.push(`</${tag}> closes <${stack[stack.length - 1] ?? 'nothing'}>`);
  }
  return [...problems, ...stack.map((tag) => `<${tag}> not closed`)];
}

/**
 * Whether the parser built the tree the source spells out: the same elements
 * in the same order (none added, as an implied <tbody>, none moved, as content
 * foster-parented out of a table). Returns the first difference, or null.
 */
export function treeDiffersFromSource(html: string): string | null {
  const source = html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>').replace(/<!--[\s\S]*?-->/g, '');
  const written = [...source.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g)].map((m) => m[1]!.toLowerCase());
  const built = readHtml(html).elements.map((e) => e.tagName);
  for (let i = 0; i < Math.max(written.length, built.length); i++) {
    if (written[i] !== built[i]) return `element ${i + 1}: written <${written[i] ?? 'nothing'}>, parsed <${built[i] ?? 'nothing'}>`;
  }
  return null;
}
