import { describe, expect, it } from 'vitest';
import { clock, formatProgress, seconds } from '../../../src/cli/progress/formatProgress.js';
import { batchProgress, summaryLine } from '../../../src/cli/progress/batchProgress.js';
import { jsonReport } from '../../../src/cli/progress/jsonReport.js';
import { emptyReport } from '../../../src/cli/jobs/jobTypes.js';
import type { JobReport } from '../../../src/cli/jobs/jobTypes.js';
import { captureIo } from '../fakes.js';

const written = (name: string, files: string[]): JobReport => ({ ...emptyReport({ path: `d/${name}.yaml`, name }), written: files });
const refused = (name: string): JobReport => ({
  ...emptyReport({ path: `d/${name}.yaml`, name }),
  status: 'refused',
  problems: [{ code: 'type', severity: 'error', file: `d/${name}.yaml`, message: 'ожидалось число' }],
});

describe('the progress bar', () => {
  it('shows done/total, refusals, the time and what is left, in the width of the terminal', () => {
    const line = formatProgress({ done: 50, total: 200, refused: 2, elapsedMs: 10_000 }, 80);
    expect(line).toBe(`[${'█'.repeat(8)}${'░'.repeat(22)}] 50/200 · отклонено 2 · 0:10, осталось ~0:30`);
    expect(line.length).toBeLessThan(80);
    expect(formatProgress({ done: 200, total: 200, refused: 0, elapsedMs: 75_300 }, 80)).toBe(`[${'█'.repeat(30)}] 200/200 · 1:15`);
    expect(formatProgress({ done: 1, total: 3, refused: 0, elapsedMs: 500 }, 20)).toBe('1/3 · 0:01, осталос');
  });

  it('formats durations the Russian way', () => {
    expect(clock(61_000)).toBe('1:01');
    expect(seconds(12_345)).toBe('12,3 с');
    expect(seconds(850)).toBe('0,85 с');
  });

  it('is drawn on the status line of a terminal and cleared at the end', () => {
    const io = captureIo();
    const shown: string[] = [];
    let cleared = 0;
    const tty = { ...io, status: { columns: 60, show: (t: string) => shown.push(t), clear: () => cleared++ } };
    const progress = batchProgress(tty, { total: 2, refused: 0, show: true, started: performance.now() });
    progress.done(written('a', ['o/a.handout.pdf']));
    progress.done(refused('b'));
    progress.stop();
    expect(shown[0]).toMatch(/^\[░+\] 0\/2 · 0:00$/);
    expect(shown.at(-1)).toMatch(/^\[█+\] 2\/2 · отклонено 1 · 0:00$/);
    expect(cleared).toBe(1);
  });

  it('is not drawn without a terminal, nor when asked not to', () => {
    const io = captureIo();
    const progress = batchProgress(io, { total: 3, refused: 0, show: true, started: 0 });
    progress.done(written('a', []));
    progress.stop();
    expect(io.stderr).toEqual([]);
  });
});

describe('the summary line', () => {
  it('says how many files were written and refused, and how long it took', () => {
    const reports = [written('a', ['o/a.handout.pdf', 'o/a.handout-1.png']), refused('b'), written('c', ['o/c.handout.pdf'])];
    expect(summaryLine({ total: 4, refused: 1 }, reports, 2_500)).toBe('Отклонено: 2 из 4. Записано: 2 (PDF: 2, PNG: 1) за 2,5 с.');
    expect(summaryLine({ total: 1, refused: 0 }, [written('x', ['o/x.slides.pdf'])], 100)).toBeUndefined();
    expect(summaryLine({ total: 2, refused: 0 }, [written('a', ['o/a.handout.pdf']), written('b', ['o/b.handout.pdf'])], 900)).toBe(
      'Записано: 2 из 2 (PDF: 2) за 0,90 с.',
    );
  });

  it('is only a refusal for a single file', () => {
    expect(summaryLine({ total: 1, refused: 0 }, [refused('a')], 100)).toBe('Отклонено: 1 из 1.');
  });
});

describe('the --json report', () => {
  it('lists every file in command-line order with what was written or why it was refused', () => {
    const inputs = [
      { path: 'd/a.yaml', name: 'a' },
      { path: 'd/b.yaml', name: 'b' },
    ];
    const missing = { code: 'io' as const, severity: 'error' as const, file: 'd/none.yaml', message: 'нет такого файла или папки' };
    const report = jsonReport(inputs, [missing], [refused('b'), written('a', ['o/a.handout.pdf'])], 1234.4);
    expect(report).toEqual({
      ok: false,
      written: 1,
      refused: 2,
      seconds: 1.234,
      files: [
        { file: 'd/none.yaml', status: 'refused', outputs: [], problems: [missing], warnings: [], removed: [] },
        { file: 'd/a.yaml', status: 'written', outputs: ['o/a.handout.pdf'], problems: [], warnings: [], removed: [] },
        { file: 'd/b.yaml', status: 'refused', outputs: [], problems: [expect.objectContaining({ message: 'ожидалось число' })], warnings: [], removed: [] },
      ],
    });
  });
});
