import { describe, expect, it } from 'vitest';
import { BLOCK_KINDS, blockMinWidth, marginsOf } from '../../../src/layout/blocks/blockKinds.js';
import { layoutBlocks } from '../../../src/layout/blocks/layoutBlocks.js';
import { scaleStyles } from '../../../src/layout/blocks/scaleStyles.js';
import type { StyledContainer, StyledSpacer } from '../../../src/style/types.js';
import { fakeContext, para, style } from '../../support/fakeLayout.js';

const pos = { template: 'test', line: 1 };
const container = (children: StyledContainer['children'], over: Parameters<typeof style>[0] = {}): StyledContainer => ({
  kind: 'container',
  role: 'Div',
  style: style(over),
  children,
  keepTogether: false,
  breakBefore: false,
  alt: null,
  fit: null,
  continued: null,
  pos,
});
const spacer = (height: number): StyledSpacer => ({ kind: 'spacer', height, pos });

describe('BLOCK_KINDS', () => {
  it('gives every kind the four functions layout needs', () => {
    for (const kind of Object.values(BLOCK_KINDS)) {
      expect([typeof kind.layout, typeof kind.scale, typeof kind.margins, typeof kind.minWidth]).toEqual(['function', 'function', 'function', 'function']);
    }
  });

  it('lets a container without padding take the margins of its first and last child', () => {
    const c = container([para('a', { marginTop: 9 }), para('b', { marginBottom: 7 })], { marginTop: 4, marginBottom: 2 });
    expect(marginsOf(c)).toEqual([9, 7]);
    expect(marginsOf(container(c.children, { marginTop: 4, padding: [1, 0, 1, 0] }))).toEqual([4, 0]);
    expect(marginsOf(spacer(20))).toEqual([0, 0]);
  });

  it('collapses adjacent margins: the larger wins', () => {
    const fragments = layoutBlocks(
      [para('a', { marginBottom: 6 }), para('b', { marginTop: 10 }), spacer(3), para('c')],
      { x: 0, width: 200, struct: 0 },
      fakeContext(),
    );
    expect(fragments.map((f) => (f.kind === 'space' ? f.height : f.kind))).toEqual(['group', 10, 'group', 3, 'group']);
  });

  it('scales a container’s body but not its headings', () => {
    const c = scaleStyles(container([para('Title', { size: 20 }, 'H1'), para('body', { size: 10, marginTop: 4 }), spacer(10)]), 0.5);
    const [h, p, s] = c.children;
    expect(h).toMatchObject({ style: { size: 20 } });
    expect(p).toMatchObject({ style: { size: 5, marginTop: 2 } });
    expect(s).toMatchObject({ height: 5 });
  });

  it('measures the narrowest width through nested containers (0 for what has no text)', () => {
    const ctx = fakeContext();
    const word = blockMinWidth(para('abcdef'), ctx);
    expect(word).toBeGreaterThan(0);
    expect(blockMinWidth(container([para('ab'), para('abcdef')], { padding: [0, 5, 0, 5] }), ctx)).toBeCloseTo(word + 10);
    expect(blockMinWidth(spacer(5), ctx)).toBe(0);
  });
});
