import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLOCK_NAMES, INLINE_NAMES, VOCABULARY } from '../../src/markup/vocabulary.js';

/** Element names in the first column of the tables of docs/markup.md. */
function documentedElements(): Set<string> {
  const whole = readFileSync(new URL('../../docs/markup.md', import.meta.url), 'utf8');
  const doc = whole.slice(0, whole.indexOf('\n## Theme')); // the element tables come first
  const names = new Set<string>();
  for (const line of doc.split('\n')) {
    const first = /^\|\s*([^|]+)\|/.exec(line)?.[1] ?? '';
    for (const m of first.matchAll(/`([a-z][a-z0-9-]*)`/g)) names.add(m[1]!);
  }
  names.delete('class'); // the attribute table
  return names;
}

describe('vocabulary', () => {
  it('has exactly the elements docs/markup.md documents', () => {
    expect([...documentedElements()].sort()).toEqual(Object.keys(VOCABULARY).sort());
  });

  it('classifies blocks and inline elements', () => {
    expect(BLOCK_NAMES).toEqual(expect.arrayContaining(['block', 'p', 'h1', 'list', 'row', 'table', 'quote', 'figure', 'image', 'rule', 'spacer']));
    expect(BLOCK_NAMES).not.toContain('li');
    expect(INLINE_NAMES.slice().sort()).toEqual(['b', 'br', 'i', 'page-count', 'page-number', 'span']);
  });
});
