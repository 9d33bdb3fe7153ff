/** «найдена строка "сто"», «найдено число 5»: what a data file holds, for a message. */
export function describeFound(value: unknown, numberText?: string): string {
  if (value === undefined) return 'значение отсутствует';
  if (value === null) return 'найдено пустое значение';
  if (typeof value === 'string') return value === '' ? 'найдена пустая строка' : `найдена строка ${quoteValue(value)}`;
  if (typeof value === 'number') {
    const shown = numberText ?? String(value);
    return Number.isFinite(value) ? `найдено число ${shown}` : `найдено ${shown} — это не конечное число`;
  }
  if (typeof value === 'boolean') return `найдено логическое значение ${String(value)}`;
  if (Array.isArray(value)) return value.length === 0 ? 'найден пустой список' : `найден список из ${value.length} эл.`;
  if (typeof value === 'object') return 'найден объект (набор полей)';
  return `найдено значение ${String(value)}`;
}

/** A value in straight quotes, shortened when long. */
export function quoteValue(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return `"${oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine}"`;
}
