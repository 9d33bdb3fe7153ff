import { describe, expect, it } from 'vitest';
import { collectWords } from '../../../src/layout/inline/collectWords.js';
import { splitPoints } from '../../../src/layout/inline/splitWord.js';
import type { Hyphenator } from '../../../src/layout/types.js';
import { fakeContext, style } from '../../support/fakeLayout.js';

/** A hyphenator that divides every word after its third letter, and counts how often it is asked. */
function countingHyphenator(): Hyphenator & { calls: number } {
  const h = {
    calls: 0,
    hyphenate(word: string): number[] {
      h.calls++;
      return word.length > 5 ? [3] : [];
    },
  };
  return h as unknown as Hyphenator & { calls: number };
}

const s = style({ size: 10 });
const firstWord = (text: string, ctx: ReturnType<typeof fakeContext>) => collectWords([{ kind: 'text', text, style: s }], ctx, 'test')[0]!;

describe('splitPoints', () => {
  it('finds the points of a word once per process: another document with the same word reuses them', () => {
    const hyphenator = countingHyphenator();
    const one = fakeContext({ hyphenator });
    const two = fakeContext({ hyphenator });
    const a = splitPoints(firstWord('полиция-рейд', one), one, true);
    expect(a).toEqual([
      { offset: 3, hyphen: true },
      { offset: 8, hyphen: false },
    ]);
    const asked = hyphenator.calls;
    const b = splitPoints(firstWord('полиция-рейд', two), two, true);
    expect(b).toBe(a);
    expect(hyphenator.calls).toBe(asked);
    expect(Object.isFrozen(a) && Object.isFrozen(a[0])).toBe(true);
  });

  it('keeps languages, hyphenation settings and emergencies apart', () => {
    const hyphenator = countingHyphenator();
    const ru = fakeContext({ hyphenator, lang: 'ru' });
    const kk = fakeContext({ hyphenator, lang: 'kk' });
    const on = splitPoints(firstWord('брифинг', ru), ru, true);
    expect(splitPoints(firstWord('брифинг', ru), ru, false)).toEqual([]);
    expect(splitPoints(firstWord('брифинг', kk), kk, true)).not.toBe(on);
    expect(splitPoints(firstWord('Брифинг', ru), ru, 'emergency')).toEqual([]);
  });
});
