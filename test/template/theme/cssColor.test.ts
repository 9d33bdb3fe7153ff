import { describe, expect, it } from 'vitest';
import { parseCssColor, resolveColor } from '../../../src/template/theme/cssColor.js';

describe('parseCssColor', () => {
  it.each([
    ['#555', '#555555'],
    ['#7a1f2b', '#7A1F2B'],
    ['rgb(122, 31, 43)', '#7A1F2B'],
    ['rgb(122 31 43)', '#7A1F2B'],
    ['rgb(100%, 0%, 50%)', '#FF0080'],
    ['red', '#FF0000'],
    ['Navy', '#000080'],
    ['rebeccapurple', '#663399'],
  ])('reads %s as %s', (text, hex) => {
    expect(parseCssColor(text)).toBe(hex);
  });

  it.each(['#55', '#7a1f2bff', 'rgb(300, 0, 0)', 'rgba(1, 2, 3, 0.5)', 'redd', '', 'accent'])('refuses %s', (text) => {
    expect(parseCssColor(text)).toBeUndefined();
  });

  it('derives the accent shades from the accent', () => {
    expect(resolveColor('accent', '#7A1F2B')).toBe('#7A1F2B');
    expect(resolveColor('accent-dark', '#7A1F2B')).toBe('#310C11');
    expect(resolveColor('accent-pale', '#FF0000')).toBe('#FFEBEB');
    expect(resolveColor('#555', '#7A1F2B')).toBe('#555555');
  });
});
