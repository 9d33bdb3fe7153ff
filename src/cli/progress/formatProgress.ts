/** How far a batch is, for the progress bar. */
export interface Progress {
  done: number;
  total: number;
  refused: number;
  elapsedMs: number;
}

const FULL = '█';
const EMPTY = '░';

/**
 * `[██████░░░░░░] 120/200 · отклонено 2 · 0:12, осталось ~0:08`, fitted into
 * `columns` characters (the bar shrinks; below 10 characters it is left out).
 */
export function formatProgress(p: Progress, columns: number): string {
  const parts = [`${p.done}/${p.total}`];
  if (p.refused > 0) parts.push(`отклонено ${p.refused}`);
  let time = clock(p.elapsedMs);
  if (p.done > 0 && p.done < p.total) time += `, осталось ~${clock((p.elapsedMs / p.done) * (p.total - p.done))}`;
  parts.push(time);
  const text = parts.join(' · ');
  const room = Math.min(30, columns - 1 - text.length - 3);
  if (room < 10) return text.slice(0, Math.max(0, columns - 1));
  const filled = p.total === 0 ? room : Math.round((p.done / p.total) * room);
  return `[${FULL.repeat(filled)}${EMPTY.repeat(room - filled)}] ${text}`;
}

/** 75 300 ms → `1:15`. */
export function clock(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** 12 345 ms → `12,3 с`; 850 ms → `0,85 с`. */
export function seconds(ms: number): string {
  const s = ms / 1000;
  return `${s.toFixed(s < 1 ? 2 : 1).replace('.', ',')} с`;
}
