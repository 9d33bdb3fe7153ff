import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import type { Problem } from '../diagnostics/index.js';
import { LIMITS, formatLimit } from '../diagnostics/limits.js';
import { flowDepthProblem } from './dataDepth.js';
import { onePerLine, setOwn, type ParsedData } from './parsedData.js';
import { childPath, lineIndex, type LineColumn, type SourcePosition } from './positionMap.js';
import { unclosedBracket } from './unclosedFlow.js';
import { unclosedBracketMessage, yamlErrorMessage } from './yamlErrorMessage.js';

/**
 * Parses YAML with the 1.2 core schema, so `2025-12-03` and `10:30` stay
 * strings, and records the position of every value. Repeated keys are
 * reported here (the last one wins) without stopping validation.
 */
export function parseYaml(text: string, file?: string): ParsedData {
  const at = lineIndex(text);
  const deep = flowDepthProblem(text, file, at);
  if (deep) return { value: undefined, positions: new Map(), problems: [deep], fatal: true };
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: false, prettyErrors: false });
  const problems: Problem[] = [];
  if (doc.errors.length > 0) {
    // The parser itself ran out of stack: block-indented nesting far past the limit.
    const overflow = doc.errors.find((e) => /Maximum call stack size exceeded/.test(e.message));
    if (overflow) {
      const { line, column } = at(overflow.pos[0]);
      const message = `файл слишком сложный: списки и поля вложены глубже ${LIMITS.dataDepth} уровней`;
      const hint = 'это предел программы (см. «Пределы» в документации); упростите файл';
      return { value: undefined, positions: new Map(), problems: [{ code: 'limit', severity: 'error', file, line, column, message, hint }], fatal: true };
    }
    for (const e of doc.errors) {
      const bracket = unclosedBracket(text, e.code, e.message, e.pos[0]);
      if (bracket) {
        const { line, column } = at(bracket.offset);
        problems.push({ code: 'syntax', severity: 'error', file, line, column, ...unclosedBracketMessage(bracket.bracket, line, column) });
        continue;
      }
      const { line, column } = at(errorOffset(text, e.code, e.message, e.pos[0]));
      problems.push({ code: 'syntax', severity: 'error', file, line, column, ...yamlErrorMessage(e.code, e.message) });
    }
    return { value: undefined, positions: new Map(), problems: onePerLine(problems), fatal: true };
  }
  const positions = new Map<string, SourcePosition>();
  const walker = new YamlWalker(doc, at, positions, problems, file);
  let value: unknown;
  try {
    value = walker.build(doc.contents, '', undefined);
  } catch (e) {
    if (!(e instanceof LimitReached)) throw e;
    return { value: undefined, positions: new Map(), problems: [e.problem], fatal: true };
  }
  return { value, positions, problems, fatal: walker.broken };
}

/** Thrown inside the walk when the file is past a limit: the walk stops at once. */
class LimitReached extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

/**
 * Builds the plain value. Every alias is expanded (the validator sees plain
 * data), but within limits: at most LIMITS.yamlAliases expansions, aliases
 * LIMITS.yamlAliasDepth deep inside each other, LIMITS.dataNodes values built
 * and LIMITS.dataDepth levels of nesting — so a few hundred bytes of aliases
 * (a «billion laughs» file) cannot take the memory of the machine.
 */
class YamlWalker {
  private readonly expanding = new Set<unknown>();
  private aliases = 0;
  private nodes = 0;
  private depth = 0;
  /** Set when an alias cannot be resolved: the value is incomplete. */
  broken = false;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly at: (offset: number) => LineColumn,
    private readonly positions: Map<string, SourcePosition>,
    private readonly problems: Problem[],
    private readonly file: string | undefined,
  ) {}

  build(node: unknown, path: string, key: LineColumn | undefined): unknown {
    const start = rangeStart(node);
    const here: SourcePosition = start !== undefined ? { ...this.at(start), key } : { ...(key ?? { line: 1, column: 1 }), key };
    if (++this.nodes > LIMITS.dataNodes) this.limit(here, path, `в файле больше ${formatLimit(LIMITS.dataNodes)} значений (считая раскрытые ссылки *якорь)`);
    this.positions.set(path, here);
    if (isAlias(node)) {
      if (++this.aliases > LIMITS.yamlAliases) this.limit(here, path, `больше ${formatLimit(LIMITS.yamlAliases)} ссылок *якорь в одном файле`);
      if (this.expanding.size >= LIMITS.yamlAliasDepth) this.limit(here, path, `ссылки *якорь вложены друг в друга глубже ${LIMITS.yamlAliasDepth} уровней`);
      const target = node.resolve(this.doc);
      if (!target || this.expanding.has(node)) {
        this.broken = true;
        this.problems.push({
          code: 'syntax',
          severity: 'error',
          file: this.file,
          line: here.line,
          column: here.column,
          message: `ссылка *${node.source} не ведёт ни к одному якорю &${node.source} выше по файлу`,
        });
        return null;
      }
      this.expanding.add(node);
      const value = this.build(target, path, key);
      this.expanding.delete(node);
      const numberText = this.positions.get(path)?.numberText;
      this.positions.set(path, numberText !== undefined ? { ...here, numberText } : here);
      return value;
    }
    if (isScalar(node)) {
      if (typeof node.value === 'number') here.numberText = node.type === 'PLAIN' && node.source ? node.source : String(node.value);
      return node.value;
    }
    if (isSeq(node) || isMap(node)) {
      if (++this.depth > LIMITS.dataDepth) this.limit(here, path, `списки и поля вложены глубже ${LIMITS.dataDepth} уровней`);
      try {
        return isSeq(node) ? node.items.map((item, i) => this.build(item, childPath(path, i), undefined)) : this.buildMap(node, path, here);
      } finally {
        this.depth--;
      }
    }
    return null;
  }

  private limit(here: LineColumn, path: string, message: string): never {
    throw new LimitReached({
      code: 'limit',
      severity: 'error',
      file: this.file,
      ...(path ? { path } : {}),
      line: here.line,
      column: here.column,
      message: `файл слишком сложный: ${message}`,
      hint: 'это предел программы (см. «Пределы» в документации); упростите файл',
    });
  }

  private buildMap(node: YAMLMap, path: string, here: LineColumn): Record<string, unknown> {
    {
      const out: Record<string, unknown> = {};
      const seen = new Map<string, LineColumn>();
      for (const pair of node.items) {
        const name = keyText(pair.key);
        const keyStart = rangeStart(pair.key);
        const keyPos = keyStart !== undefined ? this.at(keyStart) : here;
        const first = seen.get(name);
        if (first) {
          this.problems.push({
            code: 'syntax',
            severity: 'error',
            file: this.file,
            path: childPath(path, name),
            line: keyPos.line,
            column: keyPos.column,
            message: `поле "${name}" повторяется`,
            hint: `оно уже есть в строке ${first.line}; оставьте одно`,
          });
        } else seen.set(name, keyPos);
        setOwn(out, name, this.build(pair.value, childPath(path, name), keyPos));
      }
      return out;
    }
  }
}

/** yaml reports an unclosed quote at the end of the file; point at the quote that opened it. */
function errorOffset(text: string, code: string, message: string, offset: number): number {
  const quote = code === 'MISSING_CHAR' && /quote/.test(message) ? (message.includes('"') ? '"' : "'") : undefined;
  if (!quote) return offset;
  const opened = Math.max(text.lastIndexOf(`: ${quote}`, offset), text.lastIndexOf(`- ${quote}`, offset));
  return opened >= 0 ? opened + 2 : offset;
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: readonly number[] | null }).range;
    return range?.[0];
  }
  return undefined;
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  if (key === null || key === undefined) return '';
  return String(key);
}
