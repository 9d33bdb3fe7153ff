/** What a field expects, worded for messages: «ожидалось число». */
export interface Expected {
  /** «ожидалось», «ожидалась», «ожидался»: agrees with the noun. */
  verb: string;
  noun: string;
}

export const DATE: Expected = { verb: 'ожидалась', noun: 'дата в виде ГГГГ-ММ-ДД' };
export const TIME: Expected = { verb: 'ожидалось', noun: 'время в виде ЧЧ:ММ' };
export const ID_TEXT: Expected = { verb: 'ожидался', noun: 'идентификатор из строчных латинских букв, цифр и дефисов' };
export const UNIT: Expected = { verb: 'ожидалась', noun: 'строка или список из трёх форм («факт», «факта», «фактов»)' };

const BY_FIELD: Record<string, Expected> = {
  date: DATE,
  effective: DATE,
  time: TIME,
  id: ID_TEXT,
  of: ID_TEXT,
  unit: UNIT,
};

const BY_TYPE: Record<string, Expected> = {
  string: { verb: 'ожидалась', noun: 'строка' },
  number: { verb: 'ожидалось', noun: 'число' },
  int: { verb: 'ожидалось', noun: 'целое число' },
  array: { verb: 'ожидался', noun: 'список' },
  tuple: { verb: 'ожидался', noun: 'список из трёх строк' },
  object: { verb: 'ожидался', noun: 'объект (поля вида «ключ: значение»)' },
  boolean: { verb: 'ожидалось', noun: 'логическое значение (true или false)' },
};

/**
 * The expectation of a field, from its name (fields with a format) or from
 * the types zod expected there. Plain strings also take numbers, but say
 * «строка»: that is what the user should write.
 */
export function expectedFor(field: string | undefined, types: readonly string[]): Expected {
  const byField = field !== undefined ? BY_FIELD[field] : undefined;
  if (byField) return byField;
  if (types.includes('string')) return BY_TYPE.string as Expected;
  for (const t of types) {
    const known = BY_TYPE[t];
    if (known) return known;
  }
  return { verb: 'ожидалось', noun: types.join(' или ') || 'другое значение' };
}
