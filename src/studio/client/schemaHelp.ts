import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { hoverTooltip } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
import { yamlContext } from './yamlContext.js';

/** The part of JSON Schema the studio reads. */
export interface SchemaNode {
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
}

/** The alternative of a union that has the given part (properties, items, enum), or the node. */
export function pick(node: SchemaNode | undefined, want: 'properties' | 'items' | 'enum'): SchemaNode | undefined {
  if (!node) return undefined;
  if (node[want] !== undefined) return node;
  for (const alt of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) {
    const found = pick(alt, want);
    if (found) return { description: node.description, ...found };
  }
  return undefined;
}

/** The schema node at a path of keys and `*`. */
export function schemaAt(root: SchemaNode, path: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const seg of path) {
    node = seg === '*' ? pick(node, 'items')?.items : pick(node, 'properties')?.properties?.[seg];
    if (!node) return undefined;
  }
  return node;
}

function typeText(node: SchemaNode): string {
  if (node.enum) return node.enum.map(String).join(' | ');
  const types = node.type ?? (node.anyOf ?? node.oneOf ?? []).map((a) => (Array.isArray(a.type) ? a.type.join('|') : (a.type ?? ''))).join(' | ');
  return Array.isArray(types) ? types.join(' | ') : types;
}

/** Completion of keys (from the mapping's schema) and of fixed values (enums). */
export function schemaCompletion(root: SchemaNode) {
  return (context: CompletionContext): CompletionResult | null => {
    const text = context.state.doc.toString();
    const at = yamlContext(text, context.pos);
    if (at.inValue) {
      const prop = at.key ? schemaAt(root, [...at.path, at.key]) : undefined;
      const values = pick(prop, 'enum')?.enum;
      if (!values) return null;
      return { from: at.from, options: values.map((v) => ({ label: String(v), type: 'enum' })) };
    }
    const props = pick(schemaAt(root, at.path), 'properties');
    if (!props?.properties) return null;
    if (!context.explicit && at.from === context.pos) return null;
    const required = new Set(props.required ?? []);
    const options: Completion[] = Object.entries(props.properties).map(([key, node]) => ({
      label: key,
      apply: `${key}: `,
      type: 'property',
      detail: required.has(key) ? '*' : typeText(node),
      info: node.description ?? '',
      boost: required.has(key) ? 1 : 0,
    }));
    return { from: at.from, options, validFor: /^[\w-]*$/ };
  };
}

/** A tooltip over a key: its description and type from the schema. */
export function schemaHover(root: SchemaNode): Extension {
  return hoverTooltip((view, pos) => {
    const line = view.state.doc.lineAt(pos);
    const m = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*:/.exec(line.text);
    if (!m) return null;
    const from = line.from + m[1]!.length;
    const to = from + m[2]!.length;
    if (pos < from || pos > to) return null;
    const at = yamlContext(view.state.doc.toString(), from);
    const node = schemaAt(root, [...at.path, m[2]!]);
    if (!node) return null;
    return {
      pos: from,
      end: to,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'schema-hover';
        const title = document.createElement('strong');
        title.textContent = m[2]!;
        const type = document.createElement('code');
        type.textContent = typeText(node);
        const text = document.createElement('div');
        text.textContent = node.description ?? '';
        dom.append(title, ' ', type, text);
        return { dom };
      },
    };
  });
}
