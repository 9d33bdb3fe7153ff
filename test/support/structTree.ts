/** Helpers over the structure tree pdf.js reads (see readPdf). */
import type { PdfStructNode, ReadPdf } from './readPdf.js';

/** Every structure element below `node` (itself included), depth first, in reading order. */
export function structElements(node: PdfStructNode | null): PdfStructNode[] {
  if (!node) return [];
  const out: PdfStructNode[] = [];
  const walk = (n: PdfStructNode) => {
    if (n.type === 'content' || n.type === 'object' || n.type === 'annotation') return;
    if (n.role) out.push(n);
    for (const child of n.children ?? []) walk(child);
  };
  walk(node);
  return out;
}

/** The roles of a document's elements, page after page, in reading order. */
export function roles(pdf: ReadPdf): string[] {
  return pdf.pages.flatMap((page) => structElements(page.structTree).map((n) => n.role ?? ''));
}

/** The roles of the children of an element that are elements themselves. */
export function childRoles(node: PdfStructNode): string[] {
  return (node.children ?? []).filter((c) => c.role).map((c) => c.role ?? '');
}

/** Whether the element has marked content (drawn text or graphics) of its own. */
export function hasContent(node: PdfStructNode): boolean {
  return (node.children ?? []).some((c) => c.type === 'content');
}

/**
 * Problems of the heading levels (PDF/UA): the first heading is H1, and a
 * heading never goes more than one level deeper than the one before it.
 */
export function headingProblems(pdf: ReadPdf): string[] {
  const problems: string[] = [];
  let last = 0;
  for (const role of roles(pdf)) {
    const m = /^H([1-6])$/.exec(role);
    if (!m) continue;
    const level = Number(m[1]);
    if (last === 0 && level !== 1) problems.push(`the first heading is ${role}, not H1`);
    else if (level > last + 1) problems.push(`H${last} is followed by ${role}`);
    last = level;
  }
  return problems;
}

/** Which roles may stand directly inside which (the parts of PDF/UA-1 this project uses). */
const ALLOWED_CHILDREN: Record<string, readonly string[]> = {
  L: ['LI', 'Caption'],
  LI: ['Lbl', 'LBody'],
  Table: ['THead', 'TBody', 'TFoot', 'TR', 'Caption'],
  THead: ['TR'],
  TBody: ['TR'],
  TFoot: ['TR'],
  TR: ['TH', 'TD'],
};

/** Elements whose children break the rules above: `L > P`. */
export function nestingProblems(pdf: ReadPdf): string[] {
  const problems = new Set<string>();
  const walk = (n: PdfStructNode) => {
    const allowed = n.role ? ALLOWED_CHILDREN[n.role] : undefined;
    for (const child of n.children ?? []) {
      if (!child.role) continue;
      if (allowed && !allowed.includes(child.role)) problems.add(`${n.role} > ${child.role}`);
      if (child.role === 'TR' && !['Table', 'THead', 'TBody', 'TFoot'].includes(n.role ?? '')) problems.add(`${n.role} > TR`);
      if ((child.role === 'TH' || child.role === 'TD') && n.role !== 'TR') problems.add(`${n.role} > ${child.role}`);
      if (child.role === 'LI' && n.role !== 'L') problems.add(`${n.role} > LI`);
      if ((child.role === 'Lbl' || child.role === 'LBody') && n.role !== 'LI') problems.add(`${n.role} > ${child.role}`);
      walk(child);
    }
  };
  for (const page of pdf.pages) if (page.structTree) walk(page.structTree);
  return [...problems];
}
