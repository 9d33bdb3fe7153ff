/**
 * The exact decimal digits of a number as written in the data file, so a
 * figure is printed from its source text and never from the nearest double:
 * `12345678901234567` stays «12 345 678 901 234 567», π keeps all 20 digits.
 * The double (`value`) is kept beside it for charts, shares and plurals.
 */

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
/** More significant digits than anyone writes in a briefing: refused. */
export const MAX_DIGITS = 40;

export type DigitsResult = { digits: string } | { refused: string } | undefined;

/**
 * `text` as a plain decimal (`-12.50`, `1.5e3` → `1500`), or a reason it
 * cannot be printed exactly (too many digits, beyond the range of a number),
 * or undefined for a form with no other digits to keep (`.5`); a hexadecimal
 * or octal number (`0x1F`, `0o17`) is refused: its digits are not the figure's.
 */
export function exactDigits(text: string, value: number): DigitsResult {
  const m = DECIMAL.exec(text.trim().replace(/_/g, ''));
  if (!m) {
    // 0x1F, 0o17: the file's digits are not the figure's; printed, they would change
    if (/^[+-]?0[xob]/i.test(text.trim()))
      return { refused: 'число записано не десятичными цифрами (0x…, 0o…): напишите его так, как оно должно быть напечатано' };
    if (!Number.isFinite(value)) return { refused: 'число вне допустимого диапазона' };
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return { refused: 'число слишком большое, чтобы записать его точно в этой форме' };
    return undefined;
  }
  const sign = m[1] === '-' ? '-' : '';
  const whole = m[2] ?? '0';
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? '0');
  if (!Number.isFinite(value) || (value === 0 && /[1-9]/.test(whole + frac))) return { refused: 'число вне допустимого диапазона' };
  const significant = (whole + frac).replace(/^0+/, '');
  if (significant.length > MAX_DIGITS) return { refused: `в числе больше ${MAX_DIGITS} цифр` };
  if (Math.abs(exp) > MAX_DIGITS) return { refused: 'запишите число без степени (e), цифрами' };
  let digits = whole + frac;
  let point = whole.length + exp;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  let int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point);
  if (int === '') int = '0';
  const body = rest ? `${int}.${rest}` : int;
  return { digits: /[1-9]/.test(body) ? sign + body : body };
}
