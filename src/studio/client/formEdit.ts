import { isMap, isScalar, isSeq, parseDocument, Scalar, stringify } from 'yaml';
import type { Document } from 'yaml';

export type DataPath = readonly (string | number)[];

/** Edits that the form makes, through the `yaml` document model: comments and key order stay. */
export function parseForForm(text: string): Document | undefined {
  const doc = parseDocument(text, { keepSourceTokens: false });
  return doc.errors.length > 0 ? undefined : doc;
}

function written(doc: Document): string {
  return doc.toString({ lineWidth: 0 });
}

/**
 * Sets (or, for undefined, removes) the value at `path`. A plain one-line
 * value that already stands in the file is replaced in place, so the rest of
 * the line (its comment and the spaces before it) is kept exactly.
 */
export function setValue(text: string, path: DataPath, value: string | number | undefined): string {
  const doc = parseForForm(text);
  if (!doc) return text;
  const node = doc.getIn(path, true);
  if (
    value !== undefined &&
    isScalar(node) &&
    node.range &&
    (node.type === Scalar.PLAIN || node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE)
  ) {
    const piece = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
    if (!piece.includes('\n')) return text.slice(0, node.range[0]) + piece + text.slice(node.range[1]);
  }
  if (value === undefined) doc.deleteIn(path);
  else doc.setIn(path, value);
  return written(doc);
}

/** Adds an item (an object with the given keys) at the end of the list at `path`, creating the list. */
export function addItem(text: string, path: DataPath, item: Record<string, string | number>): string {
  const doc = parseForForm(text);
  if (!doc) return text;
  const list = doc.getIn(path, true);
  if (isSeq(list)) list.add(doc.createNode(item));
  else doc.setIn(path, doc.createNode([item]));
  return written(doc);
}

export function removeItem(text: string, path: DataPath, index: number): string {
  const doc = parseForForm(text);
  if (!doc) return text;
  doc.deleteIn([...path, index]);
  const list = doc.getIn(path, true);
  if (isSeq(list) && list.items.length === 0) doc.deleteIn(path);
  return written(doc);
}

/** Moves item `index` of the list at `path` by `delta` (−1 up, +1 down), with its comments. */
export function moveItem(text: string, path: DataPath, index: number, delta: number): string {
  const doc = parseForForm(text);
  if (!doc) return text;
  const list = doc.getIn(path, true);
  const to = index + delta;
  if (!isSeq(list) || to < 0 || to >= list.items.length) return text;
  const [moved] = list.items.splice(index, 1);
  list.items.splice(to, 0, moved);
  return written(doc);
}

/** The plain value at a path (for the form's fields). */
export function valueAt(doc: Document, path: DataPath): unknown {
  const node = doc.getIn(path, true);
  if (isScalar(node)) return node.value;
  if (isMap(node) || isSeq(node)) return node.toJSON();
  return node;
}
