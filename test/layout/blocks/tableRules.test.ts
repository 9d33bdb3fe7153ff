import { describe, expect, it } from 'vitest';
import { layout as layoutTable } from '../../../src/layout/blocks/table.js';
import type { Fragment } from '../../../src/layout/fragments.js';
import type { StyledTable, StyledTableRow } from '../../../src/style/types.js';
import { fakeContext, para, style } from '../../support/fakeLayout.js';

const row = (...texts: string[]): StyledTableRow => ({
  style: style(),
  cells: texts.map((t, i) => ({ header: false, content: para(t, { align: i > 0 ? 'right' : 'left' }) })),
});
const table = (rows: number, continued: string | null): StyledTable =>
  ({
    kind: 'table',
    style: style(),
    columns: [{ share: 3 }, { share: 1 }],
    head: [
      {
        style: style(),
        cells: [
          { header: true, content: para('Показатель') },
          { header: true, content: para('Значение') },
        ],
      },
    ],
    body: Array.from({ length: rows }, (_, i) => row(`строка ${i}`, `${i}\u00A0000\u00A0фактов`)),
    continued,
    pos: { template: 't', line: 1, column: 1 },
  }) as StyledTable;
const texts = (f: Fragment): string[] =>
  f.kind === 'leaf' ? f.items.flatMap((it) => (it.kind === 'text' ? [it.text] : [])) : f.kind === 'group' ? f.children.flatMap(texts) : [];

describe('a table', () => {
  it('repeats its header under «Продолжение таблицы» on further pages', () => {
    const g = layoutTable(table(10, 'Продолжение таблицы'), { x: 0, width: 300, struct: 0 }, fakeContext())[0]!;
    expect(g.kind).toBe('group');
    if (g.kind !== 'group') return;
    expect(g.repeat.flatMap((l) => l.items.flatMap((it) => (it.kind === 'text' ? [it.text] : []))).join(' ')).toMatch(/^Продолжение таблицы.*Показатель/);
    expect(g.repeat.every((l) => l.items.every((it) => it.struct === 'artifact'))).toBe(true);
  });

  it('holds its first two and last two rows together: no row alone at a page foot or head', () => {
    const g = layoutTable(table(6, null), { x: 0, width: 300, struct: 0 }, fakeContext())[0]!;
    if (g.kind !== 'group') throw new Error('a group');
    const body = g.children.slice(1);
    expect(body[0]).toMatchObject({ kind: 'group', keepTogether: true });
    expect(body[body.length - 1]).toMatchObject({ kind: 'group', keepTogether: true });
    expect(body.flatMap(texts).filter((t) => t.startsWith('строка'))).toHaveLength(6);
  });
});
