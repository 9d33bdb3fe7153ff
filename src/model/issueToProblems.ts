import type { Problem } from '../diagnostics/index.js';
import { describeFound, quoteValue } from './describeValue.js';
import { expectedFor } from './expected.js';
import type { FlatIssue } from './flattenIssues.js';
import { knownKeysAt } from './knownKeys.js';
import { nearest } from './nearest.js';
import { childPath, findPosition, formatPath, parentPath, type PathSegment, type PositionMap } from './positionMap.js';
import { typeHint } from './typeHint.js';
import { dateHint, idHint, realDateHint, timeHint } from './valueHints.js';

export interface IssueContext {
  input: unknown;
  file?: string;
  positions?: PositionMap;
}

type Draft = Omit<Problem, 'severity' | 'file' | 'path' | 'line' | 'column'>;

export function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  let v = input;
  for (const s of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.prototype.hasOwnProperty.call(v, s) ? (v as Record<PathSegment, unknown>)[s] : undefined;
  }
  return v;
}

/** Russian problems for one flattened zod issue (several for unknown keys). */
export function issueToProblems(flat: FlatIssue, ctx: IssueContext): Problem[] {
  const { issue, path } = flat;
  const pathText = formatPath(path);
  const last = path[path.length - 1];
  const field = typeof last === 'string' ? last : undefined;
  const value = valueAt(ctx.input, path);
  const numberText = ctx.positions?.get(pathText)?.numberText;
  const at = (where: string, draft: Draft, onKey = false): Problem => {
    const pos = onKey ? (ctx.positions?.get(where)?.key ?? findPosition(ctx.positions, where)) : findPosition(ctx.positions, where);
    return { severity: 'error', file: ctx.file, path: where === '' ? undefined : where, line: pos?.line, column: pos?.column, ...draft };
  };

  if (flat.types || issue.code === 'invalid_type') {
    const types = flat.types ?? (issue.code === 'invalid_type' ? [issue.expected] : []);
    const expected = expectedFor(field, types);
    if (value === undefined) {
      const p = at(parentPath(pathText) ?? '', { code: 'required', message: `не хватает обязательного поля "${field ?? pathText}"`, expected: expected.noun });
      return [{ ...p, path: pathText || undefined }];
    }
    const hint = typeHint({ types, field, value, path });
    return [at(pathText, { code: 'type', message: `${expected.verb} ${expected.noun}, ${describeFound(value, numberText)}`, expected: expected.noun, hint })];
  }
  // zod's issue codes: the ones without a message of their own share the default one.
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const known = knownKeysAt(path);
        const near = nearest(key, known);
        const hint = near ? `возможно, имелось в виду "${near}"` : known.length ? `допустимые поля: ${known.join(', ')}` : undefined;
        return at(
          childPath(pathText, key),
          { code: 'unknown-key', message: `неизвестное поле "${key}"`, expected: known.length ? `одно из полей: ${known.join(', ')}` : undefined, hint },
          true,
        );
      });
    case 'too_small':
    case 'too_big': {
      if (field === 'unit') {
        const count = Array.isArray(value) ? value.length : 0;
        return [
          at(pathText, {
            code: 'type',
            message: `единица измерения списком — это ровно три формы, найдено ${count}`,
            expected: 'три формы: для 1, 2 и 5 («факт», «факта», «фактов»)',
            hint: 'или одна строка: unit: кг',
          }),
        ];
      }
      const what = field === 'speakers' ? 'нужен хотя бы один выступающий' : field === 'items' ? 'нужна хотя бы одна цифра' : 'нужен хотя бы один элемент';
      return [at(pathText, { code: 'too-few', message: `список "${field ?? pathText}" пуст: ${what}`, expected: 'не меньше одного элемента' })];
    }
    case 'invalid_format': {
      const expected = expectedFor(field, ['string']).noun;
      const shown = typeof value === 'string' ? quoteValue(value) : String(value);
      if (field === 'date' || field === 'effective')
        return [at(pathText, { code: 'format', message: `неверная дата ${shown}`, expected, hint: dateHint(value) })];
      if (field === 'time') return [at(pathText, { code: 'format', message: `неверное время ${shown}`, expected, hint: timeHint(value) })];
      return [at(pathText, { code: 'format', message: `неверный идентификатор ${shown}`, expected, hint: idHint(value) })];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const expected = `одно из: ${allowed.join(', ')}`;
      const message = typeof value === 'string' ? `недопустимое значение ${quoteValue(value)}` : `ожидалось ${expected}, ${describeFound(value, numberText)}`;
      const near = typeof value === 'string' ? nearest(value, allowed) : undefined;
      const hint = near ? `возможно, имелось в виду "${near}"` : `допустимые значения: ${allowed.join(', ')}`;
      return [at(pathText, { code: 'enum', message, expected, hint })];
    }
    case 'custom': {
      const kind = (issue.params as { kind?: string } | undefined)?.kind;
      if (kind === 'real-date' && typeof value === 'string') {
        return [
          at(pathText, {
            code: 'format',
            message: `такой даты нет: ${quoteValue(value)}`,
            expected: 'существующая дата в виде ГГГГ-ММ-ДД',
            hint: realDateHint(value),
          }),
        ];
      }
      if (kind === 'section-content') {
        return [
          at(pathText, {
            code: 'required',
            message: 'в разделе нет ни текста (text), ни пунктов (points)',
            expected: 'поле text или points',
            hint: 'добавьте текст раздела или список пунктов',
          }),
        ];
      }
      return [at(pathText, { code: 'type', message: 'недопустимое значение', hint: issue.message })];
    }
    default:
      return [at(pathText, { code: 'type', message: 'недопустимое значение', hint: issue.message })];
  }
}
