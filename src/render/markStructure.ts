import type { StructNode, StructRef } from '../layout/types.js';

/** Opens and closes marked content so every drawn item sits in the tagged structure. */
export interface StructureMarker {
  /** Makes `ref` the open marked content (kept open across items with the same ref). */
  enter(ref: StructRef): void;
  /** Closes the open marked content; call before a page ends. */
  close(): void;
}

interface Element {
  element: PDFKit.PDFStructureElement;
  role: string;
}

/** pdfkit's structure element options, with the table scope its types leave out. */
type ElementOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Column' | 'Row' };

/** The parts of pdfkit's objects this module reaches past the public API for. */
interface WithDictionary {
  dictionary: { data: Record<string, unknown> };
}
interface WithStructTreeRoot {
  _root: { data: { StructTreeRoot?: { data: Record<string, unknown> } } };
}

/**
 * Options for a node's structure element. A header cell says which cells it
 * heads (PDF/UA: a TH has a Scope): the column in a THead, its row in a TBody.
 */
function optionsOf(node: StructNode, ancestors: readonly string[]): ElementOptions {
  const options: ElementOptions = {};
  if (node.alt) options.alt = node.alt;
  if (node.role === 'TH') options.scope = ancestors.includes('THead') ? 'Column' : 'Row';
  return options;
}

function buildElements(
  pdf: PDFKit.PDFDocument,
  node: StructNode,
  ancestors: readonly string[],
  elements: Map<number, Element>,
  notes: [string, PDFKit.PDFStructureElement][],
): PDFKit.PDFStructureElement {
  const element = pdf.struct(node.role, optionsOf(node, ancestors));
  if (node.role === 'Note') {
    // PDF/UA: every Note has an ID, unique in the file and listed in the IDTree.
    const id = `note-${node.id}`;
    (element as unknown as WithDictionary).dictionary.data['ID'] = new String(id);
    notes.push([id, element]);
  }
  elements.set(node.id, { element, role: node.role });
  const inner = [...ancestors, node.role];
  for (const child of node.children) element.add(buildElements(pdf, child, inner, elements, notes));
  return element;
}

/** The IDTree of the structure tree root: a name tree of the Note IDs, sorted as the format wants. */
function addIdTree(pdf: PDFKit.PDFDocument, notes: [string, PDFKit.PDFStructureElement][]): void {
  const root = (pdf as unknown as WithStructTreeRoot)._root.data.StructTreeRoot;
  if (!root || notes.length === 0) return;
  const sorted = [...notes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  root.data['IDTree'] = {
    Names: sorted.flatMap(([id, element]) => [new String(id), (element as unknown as WithDictionary).dictionary]),
  };
}

/**
 * Builds the structure tree from `root` (structure elements in the order of
 * the tree) and returns the marker that ties drawn items to it: an item with
 * struct `n` is drawn inside marked content (one MCID per run of consecutive
 * items of node `n`) that belongs to node `n`; an `artifact` inside /Artifact.
 * A node's marked content follows its child elements in its /K array.
 */
export function markStructure(pdf: PDFKit.PDFDocument, root: StructNode): StructureMarker {
  const elements = new Map<number, Element>();
  const notes: [string, PDFKit.PDFStructureElement][] = [];
  pdf.addStructure(buildElements(pdf, root, [], elements, notes));
  addIdTree(pdf, notes);
  let open: StructRef | null = null;

  const close = (): void => {
    if (open === null) return;
    pdf.endMarkedContent();
    open = null;
  };

  const enter = (ref: StructRef): void => {
    if (open === ref) return;
    close();
    if (ref === 'artifact') {
      pdf.markContent('Artifact');
    } else {
      const target = elements.get(ref);
      if (!target) throw new Error(`briefing: a drawn item refers to structure node ${ref}, which the structure does not have`);
      target.element.add(pdf.markStructureContent(target.role));
    }
    open = ref;
  };

  return { enter, close };
}
