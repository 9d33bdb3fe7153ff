import { BriefingError, isBriefingError } from './briefingError.js';
import type { Problem } from './problem.js';

/** Stage names as users read them. */
const STAGES: Record<string, string> = {
  load: 'чтение файла данных',
  view: 'подготовка данных',
  template: 'шаблон',
  parse: 'разметка',
  style: 'оформление',
  layout: 'вёрстка',
  render: 'запись PDF',
};

/** Raised by a stage around the text it was working on, so the failure can name its place. */
export class TextStageError extends Error {
  constructor(
    readonly text: string,
    readonly original: unknown,
  ) {
    super(original instanceof Error ? original.message : String(original));
    this.name = 'TextStageError';
  }
}

/** The data path of the first string of `value` that contains `text` (or its first 24 characters). */
export function locateText(value: unknown, text: string): string | undefined {
  const probe = text.trim().slice(0, 24);
  if (probe === '') return undefined;
  const walk = (v: unknown, path: string): string | undefined => {
    if (typeof v === 'string') return v.includes(probe) ? path : undefined;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const found = walk(v[i], `${path}[${i}]`);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        const found = walk(item, path ? `${path}.${k}` : k);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return walk(value, '');
}

/**
 * Any error of a stage that is not already a BriefingError (a TypeError, a
 * RangeError such as a stack overflow, a fontkit failure) as a BriefingError
 * with one `internal` problem: the stage, the error's own message, and the
 * data path of the text it was working on when known. No stack trace.
 */
export function asStageError(error: unknown, stage: keyof typeof STAGES, data?: unknown, file?: string): BriefingError {
  if (isBriefingError(error)) return error;
  const inner = error instanceof TextStageError ? error.original : error;
  const path = error instanceof TextStageError && data !== undefined ? locateText(data, error.text) : undefined;
  const what =
    inner instanceof RangeError && /call stack/i.test(inner.message)
      ? 'слишком глубокая вложенность'
      : inner instanceof Error
        ? `${inner.name}: ${inner.message}`
        : String(inner);
  const problem: Problem = {
    code: 'internal',
    severity: 'error',
    ...(file !== undefined ? { file } : {}),
    ...(path !== undefined ? { path } : {}),
    message: `внутренняя ошибка на этапе «${STAGES[stage]}»: ${what}`,
    hint: 'это ошибка программы, а не данных; остальные файлы обрабатываются; сообщите разработчикам, приложив файл',
  };
  // For whoever fixes it (the contract: stack traces only with BRIEFING_DEBUG=1); the library itself prints nothing.
  if (process.env['BRIEFING_DEBUG'] === '1' && inner instanceof Error && inner.stack) problem.hint = `${problem.hint}\n${inner.stack}`;
  return new BriefingError([problem]);
}

/** Runs one stage; its internal errors become a BriefingError (see asStageError). */
export function runStage<T>(stage: keyof typeof STAGES, fn: () => T, data?: unknown, file?: string): T {
  try {
    return fn();
  } catch (error) {
    throw asStageError(error, stage, data, file);
  }
}
