import type { StructNode, StructRef } from './types.js';

/** Builds the logical structure tree while blocks are measured, in reading order. */
export class StructBuilder {
  readonly root: StructNode = { id: 0, role: 'Document', alt: null, children: [] };
  private readonly byId = new Map<number, StructNode>([[0, this.root]]);
  private nextId = 1;

  /** Adds a node under `parent`; under an artifact, nothing is added. */
  add(parent: StructRef, role: string, alt: string | null = null): StructRef {
    if (parent === 'artifact') return 'artifact';
    const node: StructNode = { id: this.nextId++, role, alt, children: [] };
    this.byId.get(parent)?.children.push(node);
    this.byId.set(node.id, node);
    return node.id;
  }

  /** The role of node `ref` (`artifact` for decoration). */
  roleOf(ref: StructRef): string {
    if (ref === 'artifact') return 'artifact';
    return this.byId.get(ref)?.role ?? 'artifact';
  }
}
