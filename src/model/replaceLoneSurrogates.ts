import type { Problem } from '../diagnostics/index.js';
import { childPath } from './positionMap.js';

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces every lone surrogate (half of a UTF-16 pair, as JSON's
 * `"\ud83d"` can write) in the strings of `value` by U+FFFD, with a warning
 * naming the place. Left in, it would pair with the next character of the
 * markup around it, and data would change the markup. Returns a new value
 * (the same one when nothing was replaced).
 */
export function replaceLoneSurrogates<T>(value: T): { value: T; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const walk = (v: unknown, path: string): unknown => {
    if (typeof v === 'string') {
      if (!LONE.test(v)) return v;
      LONE.lastIndex = 0;
      warnings.push({
        code: 'text',
        severity: 'warning',
        path,
        message: 'в тексте есть половина пары символов UTF-16 (одиночный суррогат): она заменена знаком «\uFFFD»',
        hint: 'в JSON так бывает после обрезанного эмодзи (\\ud83d без пары); исправьте текст',
      });
      return v.replace(LONE, '\uFFFD');
    }
    if (Array.isArray(v)) {
      const out = v.map((item, i) => walk(item, childPath(path, i)));
      return out.some((item, i) => item !== v[i]) ? out : v;
    }
    if (v !== null && typeof v === 'object') {
      let changed = false;
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) {
        const next = walk(item, childPath(path, k));
        if (next !== item) changed = true;
        out[k] = next;
      }
      return changed ? out : v;
    }
    return v;
  };
  return { value: walk(value, '') as T, warnings };
}
