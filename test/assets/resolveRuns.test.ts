import { describe, expect, it } from 'vitest';
import { missingInChain, type ChainFont } from '../../src/assets/resolveRuns.js';

/** A font that has the code points of `chars`. */
const font = (fontId: string, chars: string): ChainFont => {
  const has = new Set([...chars].map((c) => c.codePointAt(0)!));
  return { fontId, has: (cp) => has.has(cp) };
};
const chain = [font('Sans', 'абвгд abc '), font('Symbols', '→€')];

/** What missingInChain means, said plainly: each character once, in order, control characters left out. */
const reference = (text: string): string[] => [...new Set([...text].filter((ch) => !/^\p{Cc}$/u.test(ch) && !chain.some((f) => f.has(ch.codePointAt(0)!))))];

describe('missingInChain', () => {
  it.each([
    ['абв abc', []],
    ['аб → € x', ['x']],
    ['🦄 и 中 и 🦄', ['🦄', 'и', '中']],
    ['\u0000\u0007\t\n\u007f\u0085 а', []],
    ['а\uD800б\uDC00в', ['\uD800', '\uDC00']],
    ['а\uDBFF', ['\uDBFF']],
    ['', []],
  ])('%j → %j, as the plain definition says', (text, expected) => {
    expect(missingInChain(chain, text)).toEqual(expected);
    expect(missingInChain(chain, text)).toEqual(reference(text));
  });

  it('agrees with the plain definition on every code point class it treats apart', () => {
    const probe = [0x1f, 0x20, 0x7e, 0x7f, 0x9f, 0xa0, 0x430, 0xd7ff, 0xe000, 0xffff, 0x10000, 0x1f984, 0x10ffff]
      .map((cp) => String.fromCodePoint(cp))
      .join('');
    expect(missingInChain(chain, probe)).toEqual(reference(probe));
  });
});
