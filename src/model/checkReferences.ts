import type { Problem } from '../diagnostics/index.js';
import { nearest, someNames } from './nearest.js';

/** References that get a "did you mean" each (the rest are listed without one: each lookup reads every id). */
export const MAX_SUGGESTIONS = 20;
import { childPath, findPosition, type PositionMap } from './positionMap.js';

/**
 * The checks a schema cannot do, run on the raw value so that they are
 * reported together with type errors: `id` unique in the file, every `of`
 * pointing to an existing `id` without cycles, every quote `speaker` being
 * the `name` of a speaker.
 */
export function checkReferences(input: unknown, file?: string, positions?: PositionMap): Problem[] {
  const problems: Problem[] = [];
  const problem = (path: string, draft: Pick<Problem, 'code' | 'message' | 'hint' | 'expected'>): void => {
    const pos = findPosition(positions, path);
    problems.push({ severity: 'error', file, path, line: pos?.line, column: pos?.column, ...draft });
  };
  const textOf = (value: unknown, path: string): string | undefined => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return positions?.get(path)?.numberText ?? String(value);
    return undefined;
  };

  const line = (path: string): number => findPosition(positions, path)?.line ?? 0;
  const items = statItems(input).sort((a, b) => line(a.path) - line(b.path));
  const ids = new Map<string, { path: string; of?: string }>();
  for (const { item, path } of items) {
    const id = textOf(item.id, childPath(path, 'id'));
    if (id === undefined) continue;
    const first = ids.get(id);
    if (first) {
      const line = findPosition(positions, first.path)?.line;
      problem(childPath(path, 'id'), {
        code: 'duplicate-id',
        message: `идентификатор "${id}" уже занят`,
        hint: `он задан в ${first.path}${line ? ` (строка ${line})` : ''}; id должны быть разными во всём файле`,
      });
    } else ids.set(id, { path: childPath(path, 'id'), of: textOf(item.of, childPath(path, 'of')) });
  }

  let suggestions = 0;
  let idList: string | undefined;
  for (const { item, path } of items) {
    const ofPath = childPath(path, 'of');
    const of = textOf(item.of, ofPath);
    if (of === undefined || ids.has(of)) continue;
    const near = suggestions++ < MAX_SUGGESTIONS ? nearest(of, ids.keys()) : undefined;
    problem(ofPath, {
      code: 'reference',
      message: `ссылка of: "${of}" ведёт в никуда: ни у одной цифры нет id "${of}"`,
      expected: 'id другой цифры этого файла',
      hint: near
        ? `возможно, имелось в виду "${near}"`
        : ids.size
          ? `известные id: ${(idList ??= someNames([...ids.keys()]))}`
          : 'задайте id у цифры, частью которой является эта',
    });
  }

  const onCycle = idsOnCycles(ids);
  const reported = new Set<string>();
  for (const [start, { path }] of ids) {
    // Each cycle once, from its first id in the file, in the order of its links.
    if (!onCycle.has(start) || reported.has(start)) continue;
    const chain = [start];
    for (let next = ids.get(start)!.of!; next !== start; next = ids.get(next)!.of!) chain.push(next);
    chain.forEach((id) => reported.add(id));
    problem(path.replace(/id$/, 'of'), {
      code: 'reference',
      message: `ссылки of образуют цикл: ${[...chain, start].join(' → ')}`,
      hint: 'цифра не может быть частью самой себя; уберите одну из ссылок of',
    });
  }

  checkQuoteSpeakers(input, textOf, problem);
  return problems;
}

function checkQuoteSpeakers(
  input: unknown,
  textOf: (value: unknown, path: string) => string | undefined,
  problem: (path: string, draft: Pick<Problem, 'code' | 'message' | 'hint' | 'expected'>) => void,
): void {
  const names = listAt(input, 'speakers')
    .map(({ item, path }) => textOf(item.name, childPath(path, 'name')))
    .filter((n): n is string => n !== undefined);
  const known = new Set(names);
  let suggestions = 0;
  for (const { item, path } of listAt(input, 'quotes')) {
    const speakerPath = childPath(path, 'speaker');
    const speaker = textOf(item.speaker, speakerPath);
    if (speaker === undefined || known.has(speaker)) continue;
    const near = suggestions++ < MAX_SUGGESTIONS ? nearest(speaker, names) : undefined;
    problem(speakerPath, {
      code: 'reference',
      message: `выступающий "${speaker}" не найден в speakers`,
      expected: 'имя (name) одного из выступающих',
      hint: near ? `возможно, имелось в виду "${near}"` : names.length ? `выступающие: ${someNames(names)}` : undefined,
    });
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function listAt(parent: unknown, key: string, base = ''): { item: Obj; path: string }[] {
  if (!isObj(parent)) return [];
  const list = parent[key];
  if (!Array.isArray(list)) return [];
  const path = childPath(base, key);
  return list.flatMap((item, i) => (isObj(item) ? [{ item, path: childPath(path, i) }] : []));
}

/** Every StatItem of the file, in file order: statistics first, then legal. */
function statItems(input: unknown): { item: Obj; path: string }[] {
  return [
    ...listAt(input, 'statistics').flatMap(({ item, path }) => listAt(item, 'items', path)),
    ...listAt(input, 'legal').flatMap(({ item, path }) => listAt(item, 'items', path)),
  ];
}

/**
 * The ids that lie on a cycle of `of` links. Each id links to at most one
 * other, so one walk from every id, never entering an id already walked,
 * finds them all in time linear in the ids (a file may chain thousands).
 */
function idsOnCycles(ids: ReadonlyMap<string, { of?: string }>): Set<string> {
  const onCycle = new Set<string>();
  const walked = new Set<string>();
  for (const start of ids.keys()) {
    if (walked.has(start)) continue;
    const path: string[] = [];
    const onPath = new Set<string>();
    let cur: string | undefined = start;
    while (cur !== undefined && ids.has(cur) && !walked.has(cur)) {
      walked.add(cur);
      onPath.add(cur);
      path.push(cur);
      cur = ids.get(cur)!.of;
    }
    if (cur !== undefined && onPath.has(cur)) for (let i = path.indexOf(cur); i < path.length; i++) onCycle.add(path[i]!);
  }
  return onCycle;
}
