import { expect, it } from 'vitest';
import { stripInvalidXmlChars } from '../../src/template/xmlChars.js';

it('drops the characters XML 1.0 forbids and keeps tab, line breaks and the rest', () => {
  const forbidden = '\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF';
  expect(stripInvalidXmlChars(`a${forbidden}b`)).toBe('ab');
  const kept = 'a\tb\nc\rd\u007F\u0085\u00A0ё😀\uFFFD';
  expect(stripInvalidXmlChars(kept)).toBe(kept);
});
