/** Where the cursor is in a block-style YAML file, as the schema sees it. */
export interface YamlContext {
  /** Keys and `*` (a list item) from the top down to the mapping the cursor is in. */
  path: string[];
  /** The key of the current line, when the cursor stands after `key:`. */
  key: string | undefined;
  /** Whether the cursor is in the value (after `key: `) rather than at a key. */
  inValue: boolean;
  /** Offset where the word being typed starts. */
  from: number;
}

interface LineShape {
  dash: number | undefined;
  keyAt: number | undefined;
  key: string | undefined;
  /** Nothing but a comment after `key:`: a block parent. */
  opens: boolean;
}

const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/;

function shape(line: string): LineShape | undefined {
  if (/^\s*(#|$)/.test(line)) return undefined;
  const m = KEY_LINE.exec(line);
  if (m) {
    const indent = m[1]!.length;
    const rest = (m[4] ?? '').trim();
    return { dash: m[2] ? indent : undefined, keyAt: indent + (m[2]?.length ?? 0), key: m[3], opens: rest === '' || rest.startsWith('#') };
  }
  const dash = /^(\s*)-(\s|$)/.exec(line);
  if (dash) return { dash: dash[1]!.length, keyAt: undefined, key: undefined, opens: false };
  return { dash: undefined, keyAt: line.length - line.trimStart().length, key: undefined, opens: false };
}

/** The schema path of the mapping that holds line `index` (0-based) whose key starts at column `target`. */
function parentPath(lines: readonly string[], index: number, target: number, startsWithDash: boolean, dashAt: number): string[] {
  const path: string[] = [];
  let afterDash = false;
  if (startsWithDash) {
    path.push('*');
    target = dashAt;
    afterDash = true;
  }
  for (let i = index - 1; i >= 0 && !(target === 0 && !afterDash); i--) {
    const s = shape(lines[i]!);
    if (!s || s.keyAt === undefined) continue;
    if (!afterDash && s.dash !== undefined && s.keyAt === target) {
      path.push('*');
      target = s.dash;
      afterDash = true;
    } else if (s.key !== undefined && s.opens && (s.keyAt < target || (afterDash && s.keyAt === target && s.dash === undefined))) {
      path.push(s.key);
      if (s.dash !== undefined) {
        path.push('*');
        target = s.dash;
        afterDash = true;
      } else {
        target = s.keyAt;
        afterDash = false;
      }
    }
  }
  return path.reverse();
}

/** The context at offset `pos` of `text`. */
export function yamlContext(text: string, pos: number): YamlContext {
  const before = text.slice(0, pos);
  const lines = before.split('\n');
  const index = lines.length - 1;
  const line = lines[index]!;
  const lineStart = pos - line.length;
  const m = /^(\s*)(-\s+)?(.*)$/.exec(line)!;
  const indent = m[1]!.length;
  const dash = m[2] !== undefined;
  const keyAt = indent + (m[2]?.length ?? 0);
  const rest = m[3]!;
  const colon = /^([A-Za-z_][\w-]*)\s*:\s*/.exec(rest);
  const word = /[\w-]*$/.exec(line)![0];
  const path = parentPath(text.split('\n'), index, keyAt, dash, indent);
  if (colon) return { path, key: colon[1], inValue: true, from: lineStart + keyAt + colon[0].length };
  return { path, key: undefined, inValue: false, from: pos - word.length };
}
