import type { Width } from './types.js';

/** `2*` → a share of the free width, `*` → one share, `120` → points. */
export function parseWidth(text: string | undefined): Width {
  const t = (text ?? '*').trim();
  if (t.endsWith('*')) {
    const n = t === '*' ? 1 : Number(t.slice(0, -1));
    return { share: Number.isFinite(n) && n > 0 ? n : 1 };
  }
  const pt = Number(t);
  return Number.isFinite(pt) && pt >= 0 ? { points: pt } : { share: 1 };
}

export function parseWidths(text: string | undefined): Width[] {
  return (text ?? '').trim().split(/\s+/).filter(Boolean).map(parseWidth);
}
