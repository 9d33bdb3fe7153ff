import { ID } from './schema.js';

/** Hint for a number written as a string: `"102"`, `"55,6"`, `"почти 46 кг"`. */
export function numberStringHint(s: string, field: string): string {
  const t = s.trim();
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) return `уберите кавычки: ${field}: ${t}`;
  const m = /^(\D*?)\s*([-+]?\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?)\s*(.*)$/.exec(t);
  if (m) {
    const [, before = '', digits = '', after = ''] = m;
    const number = digits.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    const parts = [`${field}: ${number}`];
    if (before) parts.unshift(`qualifier: ${before}`);
    if (after) parts.push(`unit: ${after}`);
    const rule = 'число пишется без кавычек и пробелов, дробная часть — через точку';
    return parts.length > 1 ? `${rule}; слова — в отдельных полях: ${parts.join(', ')}` : `${rule}: ${parts[0]}`;
  }
  return 'запишите число цифрами, без кавычек; слова вроде «почти» — в поле qualifier, единицы — в поле unit';
}

export function dateHint(value: unknown): string {
  const m = typeof value === 'string' ? /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value.trim()) : null;
  if (m) return `запишите как ${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
  return 'например, 2025-12-03';
}

const MONTHS_IN = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];

/** For a well-formed date that does not exist: `2025-02-30`. */
export function realDateHint(value: string): string {
  const [y = 0, m = 0] = value.split('-').map(Number);
  if (y < 1) return 'года 0000 нет: год — от 0001';
  if (m < 1 || m > 12) return 'месяц — от 01 до 12';
  const last = new Date(0);
  last.setUTCFullYear(y, m, 0);
  const days = last.getUTCDate();
  return `в ${MONTHS_IN[m - 1]} ${y} года ${days} ${days === 31 ? 'день' : 'дней'}`;
}

export function timeHint(value: unknown): string {
  const s = typeof value === 'string' ? value.trim() : '';
  const short = /^(\d):([0-5]\d)$/.exec(s);
  if (short) return `пишите часы двумя цифрами: 0${short[1]}:${short[2]}`;
  const sep = /^(\d{1,2})[.\-\s](\d\d)$/.exec(s);
  if (sep) return `часы и минуты разделяются двоеточием: ${sep[1]?.padStart(2, '0')}:${sep[2]}`;
  return 'например, 10:30';
}

export function idHint(value: unknown): string {
  const slug =
    typeof value === 'string'
      ? value
          .trim()
          .toLowerCase()
          .replace(/[\s_.]+/g, '-')
      : '';
  if (slug && ID.test(slug)) return `например, "${slug}"`;
  return 'только строчные латинские буквы, цифры и дефис, например "seized-kg"';
}
