import { describe, expect, it } from 'vitest';
import {
  DASH_KIND,
  QUOTE_KIND,
  STABLE_KIND,
  WHITESPACE_KIND,
  flexibleKind,
  isDash,
  isQuote,
  isWhitespace,
} from '../../../src/layout/typography/textClasses.js';

describe('flexibleKind', () => {
  it('classes every UTF-16 code unit as isWhitespace, isQuote and isDash do', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      const expected = isWhitespace(ch) ? WHITESPACE_KIND : isQuote(ch) ? QUOTE_KIND : isDash(ch) ? DASH_KIND : STABLE_KIND;
      if (flexibleKind(code) !== expected) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
