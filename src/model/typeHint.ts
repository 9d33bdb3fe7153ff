import { knownKeysAt } from './knownKeys.js';
import type { PathSegment } from './positionMap.js';
import { dateHint, numberStringHint, timeHint } from './valueHints.js';

interface Mismatch {
  types: readonly string[];
  field: string | undefined;
  value: unknown;
  path: readonly PathSegment[];
}

/** A fix for a value of the wrong type, when one is obvious. */
export function typeHint({ types, field, value, path }: Mismatch): string | undefined {
  if (value === null) return 'впишите значение после двоеточия или удалите поле';
  if (field === 'date' || field === 'effective') return dateHint(value);
  if (field === 'unit') return 'например: unit: кг или unit: [факт, факта, фактов]';
  if (field === 'time') return `${timeHint(value)}; в YAML время можно писать без кавычек`;
  if (types.includes('number') && !types.includes('string') && typeof value === 'string') return numberStringHint(value, field ?? 'value');
  if (types.includes('string') && typeof value === 'boolean') return `если это текст, заключите его в кавычки: "${String(value)}"`;
  if (types.includes('string') && typeof value === 'object') {
    return 'если в тексте есть двоеточие с пробелом или он начинается с «- », заключите его в кавычки';
  }
  if (types.includes('array')) return 'список пишется с новой строки, каждый элемент — после «- »';
  if (types.includes('object')) {
    const keys = knownKeysAt(path);
    if (keys.length === 0) return undefined;
    return `нужны поля вида «ключ: значение»: ${keys.join(', ')}${keys[0] ? `, например «${keys[0]}: …»` : ''}`;
  }
  return undefined;
}
