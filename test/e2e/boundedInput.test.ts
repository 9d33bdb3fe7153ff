/**
 * Hostile input, end to end: every bomb ends quickly with a clear Russian
 * problem (a child process with a memory cap: it would die of «out of
 * memory» otherwise), long words cost work in proportion to their length
 * (counted, not timed), and no internal error, stack trace or changed digit
 * reaches the user. Every input is generated here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { asStageError, runStage, TextStageError } from '../../src/diagnostics/internalProblem.js';
import { expectValidPdf } from '../support/expectValidPdf.js';
import { MINIMAL, renderData, tempDir, writeBriefingFile } from '../support/briefingFiles.js';
import { containsValue } from '../support/pdfText.js';
import { textOutside } from '../support/pageArea.js';
import type { ReadPdf } from '../support/readPdf.js';
import { measuredChars } from '../support/workCounter.js';
import { captureIo } from '../cli/fakes.js';
import { makePngDeclaring, makeUseFanOut } from '../assets/makeImages.js';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/briefing.js');
const built = existsSync(join(root, 'dist/cli/main.js'));
const allText = (pdf: ReadPdf) => pdf.pages.map((p) => p.text).join('\n');
const base = 'date: 2025-12-03\norganization: ДП\nspeakers:\n  - name: Иванов\n';

/** The bombs, each a few kilobytes: «billion laughs», deep nesting, decompression and <use> bombs. */
function bombs(dir: string): Record<string, RegExp> {
  let alias = 'l0: &l0 ["ха","ха","ха","ха","ха","ха","ха","ха","ха"]\n';
  for (let i = 1; i <= 9; i++)
    alias += `l${i}: &l${i} [${Array(9)
      .fill(`*l${i - 1}`)
      .join(',')}]\n`;
  writeFileSync(join(dir, 'alias.yaml'), `title: Т\n${base}x:\n  ${alias.trimEnd().split('\n').join('\n  ')}\n`);
  writeFileSync(
    join(dir, 'deep.json'),
    `{"title":"Т","date":"2025-12-03","organization":"О","speakers":[{"name":"И"}],"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
  );
  writeFileSync(join(dir, 'big.png'), makePngDeclaring(20_000, 20_000, 1000));
  writeFileSync(join(dir, 'png.yaml'), `title: Т\nlogo: big.png\n${base}`);
  writeFileSync(join(dir, 'fan.svg'), makeUseFanOut(10, 19));
  writeFileSync(join(dir, 'fan.yaml'), `title: Т\nlogo: fan.svg\n${base}`);
  writeFileSync(
    join(dir, 'data.svg'),
    `<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><image href="data:image/png;base64,${makePngDeclaring(20_000, 20_000, 1000).toString('base64')}"/></svg>`,
  );
  writeFileSync(join(dir, 'data-svg.yaml'), `title: Т\nlogo: data.svg\n${base}`);
  writeFileSync(join(dir, 'deep-svg.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(50_000)}${'</g>'.repeat(50_000)}</svg>`);
  writeFileSync(join(dir, 'deep-svg.yaml'), `title: Т\nlogo: deep-svg.svg\n${base}`);
  writeFileSync(join(dir, 'zero.png'), makePngDeclaring(0, 0, 0));
  writeFileSync(join(dir, 'zero.yaml'), `title: Т\nlogo: zero.png\n${base}`);
  return {
    'alias.yaml': /alias\.yaml:\d+:\d+: .*больше 1\u00a0000 ссылок \*якорь/,
    'deep.json': /deep\.json:1:\d+: .*вложены глубже 64 уровней/,
    'png.yaml': /png\.yaml:2:7: logo[^:]*: изображение "big\.png" слишком большое: 20\u00a0000 × 20\u00a0000 пикселей/,
    'fan.yaml': /fan\.yaml:2:7: logo[^:]*: .*больше 20\u00a0000 элементов/,
    'data-svg.yaml': /data-svg\.yaml:2:7: logo[^:]*: .*встроенное изображение \(data:\)/,
    'deep-svg.yaml': /deep-svg\.yaml:2:7: logo[^:]*: .*вложены глубже 100 уровней/,
    'zero.yaml': /zero\.yaml:2:7: logo[^:]*: .*0 × 0 пикселей/,
  };
}

describe.skipIf(!built)('bombs end at once with a clear problem, in a child process with 200 MB of heap', () => {
  it('refuses every bomb: exit 1, a Russian problem naming file, place and limit, no stack, nothing written', () => {
    const dir = tempDir();
    const expected = bombs(dir);
    for (const [file, message] of Object.entries(expected)) {
      const out = join(dir, `out-${file}`);
      const run = spawnSync(process.execPath, ['--max-old-space-size=200', bin, 'render', join(dir, file), '--out', out], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.signal, `${file} was killed (out of memory or time)`).toBeNull();
      expect(run.status, `${file}: ${run.stderr}`).toBe(1);
      expect(run.stderr, file).toMatch(message);
      expect(run.stderr, file).not.toMatch(/\n\s+at /);
      expect(existsSync(out) ? readdirSync(out) : [], file).toEqual([]);
    }
  }, 300_000);
});

describe('a 10,000-character word in the title and the organization', () => {
  const word = (n: number) => 'ж'.repeat(n);
  const place = (w: string) => ({ ...MINIMAL, title: w, organization: w, speakers: [{ name: 'Иванов', organization: w }] });

  it('costs measuring work that grows with its length, not faster (counted, not timed)', async () => {
    const small = await measuredChars('handout', () => renderData(place(word(2500))));
    const large = await measuredChars('handout', () => renderData(place(word(10_000))));
    expect(large / small, `4× the length costs ${(large / small).toFixed(1)}× the measuring`).toBeLessThan(6);
  }, 240_000);

  it('renders broken at the page edge, every character kept, nothing outside the page', async () => {
    const w = word(10_000);
    const { bytes } = await renderData(place(w));
    const pdf = await expectValidPdf(bytes);
    expect(textOutside(pdf, 14)).toEqual([]);
    // the title and the speaker's organization whole (headers and footers show more, cut at their size)
    expect((allText(pdf).match(/ж/g) ?? []).length).toBeGreaterThanOrEqual(2 * w.length);
    expect(pdf.pages.length).toBeLessThan(40);
  }, 240_000);
});

describe('no internal error reaches the user', () => {
  it('overlay marks after every letter render, with a warning, no fontkit TypeError', async () => {
    const letters = 'aeiouAEOUабвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЖЯ';
    const text = [...letters].flatMap((l) => ['\u0334', '\u0335', '\u0336', '\u0337', '\u0338'].map((m) => l + m)).join(' ');
    const { bytes, warnings } = await renderData({ ...MINIMAL, title: text.slice(0, 120), lead: text }, { ext: 'json' });
    const pdf = await expectValidPdf(bytes);
    expect(allText(pdf).normalize('NFC').replace(/\s+/g, ' ')).toContain('а\u0336 б\u0334'.normalize('NFC').slice(0, 2));
    expect(warnings.some((w) => /наложенный знак U\+033[4-8]/.test(w.message))).toBe(true);
  }, 120_000);

  it('a TypeError or RangeError inside a stage becomes a problem naming the data path of its text', () => {
    const data = { title: 'Брифинг', lead: 'первый абзац, где что-то сломалось' };
    let error: unknown;
    try {
      runStage(
        'layout',
        () => {
          throw new TextStageError('первый абзац, где что-то сломалось', new TypeError("Cannot read properties of null (reading 'xCoordinate')"));
        },
        data,
      );
    } catch (e) {
      error = e;
    }
    expect((error as { problems: unknown[] }).problems).toEqual([
      expect.objectContaining({ code: 'internal', path: 'lead', message: expect.stringMatching(/вёрстка.*TypeError/) }),
    ]);
    const overflow = asStageError(new RangeError('Maximum call stack size exceeded'), 'style');
    expect(overflow.problems[0]?.message).toMatch(/слишком глубокая вложенность/);
    expect(overflow.problems[0]?.hint).not.toMatch(/\n\s+at /);
  });

  it('with BRIEFING_DEBUG=1, the problem of an internal error carries its stack, for whoever fixes it', () => {
    const before = process.env['BRIEFING_DEBUG'];
    process.env['BRIEFING_DEBUG'] = '1';
    try {
      const problem = asStageError(new TypeError('x is not a function'), 'layout').problems[0]!;
      expect(problem.message).toMatch(/TypeError: x is not a function/);
      expect(problem.hint).toMatch(/\n\s+at /);
    } finally {
      if (before === undefined) delete process.env['BRIEFING_DEBUG'];
      else process.env['BRIEFING_DEBUG'] = before;
    }
  });
});

describe('data never changes', () => {
  it('prints the digits written in the file: 17 digits and π to 20 places', async () => {
    const path = writeBriefingFile(MINIMAL);
    writeFileSync(
      path,
      `${base.replace('ДП', 'Департамент')}title: Т\nstatistics:\n  - title: Цифры\n    chart: none\n    items:\n      - label: большое\n        value: 12345678901234567\n      - label: пи\n        value: 3.14159265358979323846\n`,
    );
    const io = captureIo();
    const out = tempDir();
    expect(await runCli(['render', path, '--out', out], io)).toBe(0);
    const pdf = await expectValidPdf(new Uint8Array(readFileSync(join(out, readdirSync(out)[0]!))));
    const text = allText(pdf);
    expect(containsValue(text, '12 345 678 901 234 567')).toBe(true);
    expect(containsValue(text, '3,14159265358979323846')).toBe(true);
  }, 120_000);

  it('a lone surrogate becomes U+FFFD with a warning, and does not change the markup', async () => {
    const { bytes, warnings } = await renderData({ ...MINIMAL, title: 'ab\ud83d', lead: 'x\udc00<b>y</b>' }, { ext: 'json' });
    const pdf = await expectValidPdf(bytes);
    expect(allText(pdf)).toContain('ab\ufffd');
    expect(containsValue(allText(pdf), 'x\ufffd<b>y</b>')).toBe(true);
    expect(warnings.filter((w) => w.code === 'text').map((w) => w.path)).toEqual(['title', 'lead']);
  }, 120_000);
});

describe('a refused file leaves none of its PDFs', () => {
  it('removes a stale NAME.slides.pdf when the file is refused with --format handout', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    const path = writeBriefingFile(MINIMAL, { dir, name: 'b' });
    expect(await runCli(['render', path, '--format', 'handout,slides', '--out', out], captureIo())).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['b.handout.pdf', 'b.slides.pdf']);
    writeFileSync(path, `title: Т\nlogo: ../../etc/passwd\n${base}`);
    const io = captureIo();
    expect(await runCli(['render', path, '--format', 'handout', '--out', out], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('путь "../../etc/passwd" ведёт за пределы папки файла данных');
    expect(readdirSync(out)).toEqual([]);
  }, 120_000);
});
