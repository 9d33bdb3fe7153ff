import { describe, expect, it } from 'vitest';
import { group, leaf, type Leaf } from '../../../src/layout/fragments.js';
import { paginateKeepingTails } from '../../../src/layout/paginate/keepTails.js';
import { Paginator } from '../../../src/layout/paginate/paginate.js';
import type { DrawItem } from '../../../src/layout/types.js';

/** A leaf 10 pt high drawing one text item named `name` (to see where it went). */
function line(name: string): Leaf {
  const item: DrawItem = {
    kind: 'text',
    x: 0,
    y: 8,
    fontId: 'f',
    size: 10,
    color: '#000000',
    text: name,
    wordSpacing: 0,
    width: 10,
    glyphs: [],
    struct: 'artifact',
  };
  return leaf(10, [item]);
}
const lines = (prefix: string, n: number): Leaf[] => Array.from({ length: n }, (_, i) => line(`${prefix}${i + 1}`));
const names = (pages: DrawItem[][]): string[][] => pages.map((p) => p.map((it) => (it.kind === 'text' ? it.text : '')));
const area = { top: 0, bottom: 100 };

describe('a group kept with what precedes it never begins a page alone', () => {
  const paragraph = () => group(lines('p', 9), { orphans: 2, widows: 2 });
  const tail = () => group(lines('t', 2), { keepWithPrevious: true, keepTogether: true });

  it('without the rule the tail would stand alone on the second page', () => {
    expect(names(new Paginator(area).place([paragraph(), tail()]).finish())).toEqual([lines('p', 9).map((_, i) => `p${i + 1}`), ['t1', 't2']]);
  });

  it('takes the last two lines of the paragraph along', () => {
    expect(names(paginateKeepingTails([paragraph(), tail()], area))).toEqual([
      ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'],
      ['p8', 'p9', 't1', 't2'],
    ]);
  });

  it('takes a whole group kept together, and then the lines before it (a tail after a tail)', () => {
    const contacts = group(lines('c', 3), { keepWithPrevious: true, keepTogether: true });
    const source = group([line('s')], { keepWithPrevious: true });
    const pages = names(paginateKeepingTails([group(lines('p', 7), { orphans: 2, widows: 2 }), contacts, source], area));
    expect(pages).toEqual([
      ['p1', 'p2', 'p3', 'p4', 'p5'],
      ['p6', 'p7', 'c1', 'c2', 'c3', 's'],
    ]);
  });

  it('never leaves a heading at the foot of a page: the heading goes too', () => {
    const heading = group([line('h')], { keepWithNext: true, keepTogether: true });
    const para = group(lines('p', 2), { orphans: 2, widows: 2 });
    const pages = names(paginateKeepingTails([group(lines('a', 7)), heading, para, tail()], area));
    expect(pages).toEqual([
      ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'],
      ['h', 'p1', 'p2', 't1', 't2'],
    ]);
  });

  it('leaves the tail where it is when nothing could go with it (it fills a page of its own)', () => {
    const big = group(lines('t', 10), { keepWithPrevious: true });
    expect(names(paginateKeepingTails([big], area))).toEqual([lines('t', 10).map((_, i) => `t${i + 1}`)]);
  });
});
