import type { StyledInline, TextStyle } from '../../style/types.js';

/** Marks that draw nothing and that no font has: they are dropped from what is drawn. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Control characters (other than whitespace) draw nothing either. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
const WHITESPACE = /[ \t\n\r\f\v\u2028\u2029]+/g;

export type Segment = { kind: 'text'; text: string; style: TextStyle } | { kind: 'break' };

/**
 * Collapses whitespace as HTML does (across runs), trims the paragraph and
 * around forced breaks, drops invisible marks, and fills in page fields.
 */
export function normalizeInlines(inlines: readonly StyledInline[], fields: { pageNumber: number; pageCount: number } | null): Segment[] {
  const out: Segment[] = [];
  let atLineStart = true;
  for (const inl of inlines) {
    if (inl.kind === 'break') {
      trimEnd(out);
      out.push({ kind: 'break' });
      atLineStart = true;
      continue;
    }
    let text: string;
    if (inl.kind === 'field') {
      text = fields ? String(inl.field === 'page-number' ? fields.pageNumber : fields.pageCount) : '0';
    } else {
      text = inl.text.replace(INVISIBLE, '').replace(CONTROL, '').replace(WHITESPACE, ' ');
    }
    if (atLineStart) text = text.replace(/^ /, '');
    if (text === '') continue;
    atLineStart = text.endsWith(' ');
    out.push({ kind: 'text', text, style: inl.style });
  }
  trimEnd(out);
  return out;
}

function trimEnd(out: Segment[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const s = out[i]!;
    if (s.kind === 'break') return;
    const t = s.text.replace(/ $/, '');
    if (t) {
      out[i] = { ...s, text: t };
      return;
    }
    out.splice(i, 1);
  }
}
