/**
 * Where each value of a data file sits in its source text, by data path
 * (`statistics[1].items[2].value`). The YAML and JSON parsers build it; the
 * validator uses it to put a line and column on every problem.
 */
export interface LineColumn {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface SourcePosition extends LineColumn {
  /** Where the key of this value starts (absent for list items and the root). */
  key?: LineColumn;
  /** For a number: its text as written (`0102`, `1e3`), to read it back as a string. */
  numberText?: string;
}

export type PositionMap = ReadonlyMap<string, SourcePosition>;

export type PathSegment = string | number;

/** `['statistics', 1, 'items', 2, 'value']` → `statistics[1].items[2].value`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? s : `.${s}`;
  }
  return out;
}

/** Appends one segment to a formatted path. */
export function childPath(path: string, segment: PathSegment): string {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  return path === '' ? segment : `${path}.${segment}`;
}

/** The path of the enclosing value: `a[1].b` → `a[1]` → `a` → ``; undefined for the root. */
export function parentPath(path: string): string | undefined {
  if (path === '') return undefined;
  const bracket = path.endsWith(']') ? path.lastIndexOf('[') : -1;
  const dot = path.lastIndexOf('.');
  const cut = Math.max(bracket, dot);
  return cut <= 0 ? '' : path.slice(0, cut);
}

/** The position of `path`, or of the nearest enclosing value that has one. */
export function findPosition(positions: PositionMap | undefined, path: string): SourcePosition | undefined {
  if (!positions) return undefined;
  let p: string | undefined = path;
  while (p !== undefined) {
    const found = positions.get(p);
    if (found) return found;
    p = parentPath(p);
  }
  return undefined;
}

/** Turns string offsets into 1-based line and column. */
export function lineIndex(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}
