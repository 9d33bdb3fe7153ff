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

function buildElements(pdf: PDFKit.PDFDocument, node: StructNode, elements: Map<number, Element>): PDFKit.PDFStructureElement {
  const element = pdf.struct(node.role, node.alt ? { alt: node.alt } : {});
  elements.set(node.id, { element, role: node.role });
  for (const child of node.children) element.add(buildElements(pdf, child, elements));
  return element;
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
  pdf.addStructure(buildElements(pdf, root, elements));
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
