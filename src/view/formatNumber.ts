import type { Lang } from '../model/schema.js';

export const NBSP = '\u00A0';
/** The minus sign of a negative figure (not the hyphen-minus). */
export const MINUS = '\u2212';

interface NumberStyle {
  group: string;
  decimal: string;
}

const STYLES: Record<Lang, NumberStyle> = {
  ru: { group: NBSP, decimal: ',' },
  kk: { group: NBSP, decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * The shortest decimal digits of a number, without exponent and sign:
 * 1e21 → "1000000000000000000000", 1.5e-7 → "0.00000015". Never rounds.
 */
export function plainDigits(n: number): string {
  const s = String(Math.abs(n));
  const match = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!match) return s;
  const whole = match[1] ?? '';
  const frac = match[2] ?? '';
  const exp = Number(match[3]);
  const digits = whole + frac;
  const point = whole.length + exp;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`.replace(/0+$/, '');
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

function groupThousands(int: string, sep: string): string {
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += sep;
    out += int[i];
  }
  return out;
}

/**
 * A number in the format of `lang`, keeping exactly its digits:
 * ru/kk «1 263», «55,6» (U+00A0 between groups); en «1,263», «55.6».
 * Negative numbers start with the minus sign U+2212 («−7,5»); -0 is «0».
 */
export function formatNumber(n: number, lang: Lang, digits?: string): string {
  if (!Number.isFinite(n)) return String(n);
  const style = STYLES[lang];
  const [int = '0', frac] = (sourceDigits(n, digits) ?? plainDigits(n)).split('.');
  const body = groupThousands(int, style.group) + (frac ? style.decimal + frac : '');
  return n < 0 ? `${MINUS}${body}` : body;
}

/** The digits the data file wrote (`valueDigits`), without sign, when they are `n`'s own. */
function sourceDigits(n: number, digits: string | undefined): string | undefined {
  return digits !== undefined && Number(digits) === n ? digits.replace(/^-/, '') : undefined;
}
