import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { Problem } from '../diagnostics/index.js';
import { flowDepthProblem } from './dataDepth.js';
import { jsonErrorMessage } from './jsonErrorMessage.js';
import { onePerLine, setOwn, type ParsedData } from './parsedData.js';
import { childPath, lineIndex, type LineColumn, type SourcePosition } from './positionMap.js';

/**
 * Parses strict JSON (no comments, no trailing commas) and records the
 * position of every value. Repeated keys are reported (the last one wins)
 * without stopping validation.
 */
export function parseJson(text: string, file?: string): ParsedData {
  const at = lineIndex(text);
  const deep = flowDepthProblem(text, file, at);
  if (deep) return { value: undefined, positions: new Map(), problems: [deep], fatal: true };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const problems: Problem[] = [];
  if (errors.length > 0 || !tree) {
    for (const e of errors) {
      const { offset, message, hint } = jsonErrorMessage(text, e);
      problems.push({ code: 'syntax', severity: 'error', file, ...at(offset), message, hint });
    }
    return { value: undefined, positions: new Map(), problems: onePerLine(problems), fatal: true };
  }
  const positions = new Map<string, SourcePosition>();

  const build = (node: Node, path: string, key: LineColumn | undefined): unknown => {
    const here: SourcePosition = { ...at(node.offset), key };
    positions.set(path, here);
    // jsonc-parser's node types: strings, booleans and null are all read as the value itself (default).
    // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check
    switch (node.type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        const seen = new Map<string, LineColumn>();
        for (const prop of node.children ?? []) {
          const [keyNode, valueNode] = prop.children ?? [];
          if (!keyNode) continue;
          const name = String(keyNode.value);
          const keyPos = at(keyNode.offset);
          const first = seen.get(name);
          if (first) {
            problems.push({
              code: 'syntax',
              severity: 'error',
              file,
              path: childPath(path, name),
              ...keyPos,
              message: `поле "${name}" повторяется`,
              hint: `оно уже есть в строке ${first.line}; оставьте одно`,
            });
          } else seen.set(name, keyPos);
          setOwn(out, name, valueNode ? build(valueNode, childPath(path, name), keyPos) : null);
        }
        return out;
      }
      case 'array':
        return (node.children ?? []).map((child, i) => build(child, childPath(path, i), undefined));
      case 'number':
        here.numberText = text.slice(node.offset, node.offset + node.length);
        return node.value as unknown;
      default:
        return node.value as unknown;
    }
  };

  return { value: build(tree, '', undefined), positions, problems, fatal: false };
}
