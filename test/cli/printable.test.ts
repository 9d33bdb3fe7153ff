import { describe, expect, it } from 'vitest';
import { printable } from '../../src/cli/io.js';

describe('printable', () => {
  it('shows control characters and bidirectional overrides as code points, and keeps everything else', () => {
    expect(printable('поле «a\u001b[31mRED\u001b]0;pwned\u0007»')).toBe('поле «aU+001B[31mREDU+001B]0;pwnedU+0007»');
    expect(printable('x\u0000y\u007f\u009b\u202ez')).toBe('xU+0000yU+007FU+009BU+202Ez');
    expect(printable('таб\tи перевод\nстроки, «ёлочки» — 1\u00a0263')).toBe('таб\tи перевод\nстроки, «ёлочки» — 1\u00a0263');
  });
});
