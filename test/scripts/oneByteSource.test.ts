import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { oneByteSource } from '../../scripts/oneByteSource.js';

const escape = oneByteSource as (text: string) => string;
const isOneByte = (text: string) => [...text].every((c) => c.charCodeAt(0) <= 0xff);

describe('oneByteSource', () => {
  it('writes the same program in characters up to U+00FF', () => {
    const source = [
      'const a = /сам себя/u.test("я сам себя"); // комментарий',
      'const b = /«[а-яё]+»\\s?/.exec("«слово»")?.[0] ?? null;',
      'const c = /\\я/.test("я");', // identity escape: the backslash goes with the letter
      'const d = /\\\\я/.test("\\\\я");', // an escaped backslash, then the letter
      'const e = /😀+/u.test("😀😀") && /[😀]/u.test("😀");', // a surrogate pair stays one character with u
      'const ф = 1; const f = ф + 1;', // an identifier
      'const g = "café".length;', // Latin-1 stays as it is
      '[a, b, c, d, e, f, g]',
    ].join('\n');
    const out = escape(source);
    expect(isOneByte(out)).toBe(true);
    expect(out).toContain('café');
    // eslint-disable-next-line no-eval
    expect((0, eval)(out)).toEqual((0, eval)(source));
    expect((0, eval)(out)).toEqual([true, '«слово»', true, true, true, 2, 4]);
  });

  it('leaves a one-byte text unchanged', () => {
    const text = 'const x = /a\\\\b/; // plain';
    expect(escape(text)).toBe(text);
  });
});
