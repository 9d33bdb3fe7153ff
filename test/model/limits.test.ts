/** Limits on data files: size, kind of file, YAML aliases, nesting, word length; digits and lone surrogates. */
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/diagnostics/limits.js';
import { exactDigits } from '../../src/model/exactDigits.js';
import { loadBriefingFile } from '../../src/model/loadBriefing.js';
import { parseJson } from '../../src/model/parseJson.js';
import { parseYaml } from '../../src/model/parseYaml.js';
import { replaceLoneSurrogates } from '../../src/model/replaceLoneSurrogates.js';
import { validateBriefing } from '../../src/model/validateBriefing.js';
import { dataFile, MINIMAL, PNG_1X1, problemsOf, tempDir, yamlProblems } from './helpers.js';

/** «Billion laughs»: each level repeats the one before `fan` times. */
function aliasBomb(levels: number, fan: number): string {
  let text = `l0: &l0 [${Array(fan).fill('"ха"').join(', ')}]\n`;
  for (let i = 1; i <= levels; i++)
    text += `l${i}: &l${i} [${Array(fan)
      .fill(`*l${i - 1}`)
      .join(', ')}]\n`;
  return text;
}

describe('YAML aliases', () => {
  it('refuses a 9⁹ alias bomb at the alias limit, naming the place and the limit', () => {
    const parsed = parseYaml(aliasBomb(8, 9), 'bomb.yaml');
    expect(parsed.fatal).toBe(true);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ code: 'limit', file: 'bomb.yaml' });
    expect(parsed.problems[0]?.line).toBeGreaterThan(0);
    expect(parsed.problems[0]?.message).toMatch(/ссылок \*якорь/);
    expect(parsed.problems[0]?.message).toContain('1\u00a0000');
  });

  it('refuses aliases nested deeper than the limit, and keeps a few ordinary aliases working', () => {
    expect(parseYaml(aliasBomb(LIMITS.yamlAliasDepth + 2, 1)).problems[0]?.message).toMatch(/вложены друг в друга/);
    const ok = parseYaml('a: &x [1, 2]\nb: *x\nc: *x\n');
    expect(ok.problems).toEqual([]);
    expect(ok.value).toEqual({ a: [1, 2], b: [1, 2], c: [1, 2] });
  });
});

describe('nesting depth', () => {
  it('refuses JSON and YAML nested 10,000 deep without a stack overflow', () => {
    const deep = `{"x": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    for (const parsed of [parseJson(deep, 'd.json'), parseYaml(deep, 'd.yaml')]) {
      expect(parsed.fatal).toBe(true);
      expect(parsed.problems[0]).toMatchObject({ code: 'limit', line: 1 });
      expect(parsed.problems[0]?.message).toContain(`глубже ${LIMITS.dataDepth} уровней`);
    }
  });

  it('refuses block-indented YAML nested past the limit', () => {
    let text = '';
    for (let i = 0; i <= LIMITS.dataDepth + 1; i++) text += `${'  '.repeat(i)}k${i}:\n`;
    text += `${'  '.repeat(LIMITS.dataDepth + 2)}v: 1\n`;
    expect(parseYaml(text).problems[0]).toMatchObject({ code: 'limit' });
  });

  it('refuses block-indented YAML nested 1,000 deep (where the YAML parser runs out of stack) as the nesting limit', () => {
    const lists = ['a:', ...Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i + 1)}- `)].join('\n') + 'x\n';
    const maps = ['a:', ...Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`)].join('\n') + ' 1\n';
    for (const text of [lists, maps]) {
      const parsed = parseYaml(text, 'deep.yaml');
      expect(parsed.problems).toHaveLength(1);
      expect(parsed.problems[0]).toMatchObject({ code: 'limit', file: 'deep.yaml', line: expect.any(Number) });
      expect(parsed.problems[0]?.message).toContain(`глубже ${LIMITS.dataDepth} уровней`);
    }
  });

  it('ignores brackets inside strings and comments', () => {
    const text = `title: "${'['.repeat(200)}"\n# ${'{'.repeat(200)}\nx: '${'['.repeat(200)}'\n`;
    expect(parseYaml(text).problems).toEqual([]);
  });
});

describe('only regular data files, within the size limit', () => {
  it('refuses a file over the size limit from its size, without reading it', async () => {
    const path = join(tempDir(), 'big.yaml');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, LIMITS.dataBytes + 1); // sparse: nothing to read
    closeSync(fd);
    const problems = await problemsOf(path);
    expect(problems[0]).toMatchObject({ code: 'limit', file: path });
    expect(problems[0]?.message).toMatch(/слишком большой/);
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO at once (no writer needed) and a device', async () => {
    const fifo = join(tempDir(), 'pipe.yaml');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status === 0) {
      const problems = await problemsOf(fifo);
      expect(problems[0]).toMatchObject({ code: 'io' });
      expect(problems[0]?.message).toMatch(/канал/);
    } else console.warn('mkfifo is not available: the FIFO case is not tried');
    // /dev/zero has no .yaml name; loadBriefingFile checks the extension first, so link to it
    const dev = join(tempDir(), 'zero.yaml');
    symlinkSync('/dev/zero', dev);
    const problems = await problemsOf(dev);
    expect(problems[0]?.message).toMatch(/устройство/);
  });

  it('refuses a folder named like a data file', async () => {
    const dir = join(tempDir(), 'folder.yaml');
    mkdirSync(dir);
    expect((await problemsOf(dir))[0]?.message).toMatch(/папка/);
  });
});

describe('words', () => {
  it(`refuses a word longer than ${LIMITS.wordChars} characters, naming its place`, async () => {
    const problems = await yamlProblems([MINIMAL, `lead: начало ${'ж'.repeat(LIMITS.wordChars + 1)} конец`].join('\n'));
    expect(problems[0]).toMatchObject({ code: 'limit', path: 'lead' });
    expect(problems[0]?.message).toContain('20\u00a0000');
  });

  it(`refuses a plain string longer than ${LIMITS.plainChars} characters, and lets a text be longer`, async () => {
    const words = (n: number) => 'слово '.repeat(Math.ceil(n / 6)).slice(0, n);
    const label = await yamlProblems(
      [MINIMAL, 'statistics:', '  - title: Группа', '    items:', `      - label: ${words(LIMITS.plainChars + 1)}`, '        value: 5'].join('\n'),
    );
    expect(label).toHaveLength(1);
    expect(label[0]).toMatchObject({ code: 'limit', path: 'statistics[0].items[0].label', line: 9 });
    expect(label[0]?.message).toContain('20\u00a0000');
    await expect(loadBriefingFile(dataFile('lead.yaml', [MINIMAL, `lead: ${words(LIMITS.plainChars * 3)}`].join('\n')))).resolves.toBeDefined();
  });
});

describe('the size of the whole file', () => {
  const json = (extra: Record<string, unknown>) =>
    JSON.stringify({ title: 'Брифинг', date: '2025-12-03', organization: 'ДП', speakers: [{ name: 'Иванов' }], ...extra });

  it(`refuses more than ${LIMITS.dataNodes} values in JSON (as in YAML), once, before the schema`, async () => {
    const problems = await problemsOf(dataFile('many.json', json({ results: Array.from({ length: LIMITS.dataNodes }, () => 'итог') })));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'limit', line: 1 });
    expect(problems[0]?.path).toMatch(/^results\[\d+\]$/);
    expect(problems[0]?.message).toContain('150\u00a0000');
    // under an unknown key too: not only «неизвестное поле»
    const unknown = await problemsOf(dataFile('x.json', json({ x: Array.from({ length: LIMITS.dataNodes + 1 }, () => 1) })));
    expect(unknown.map((p) => p.code)).toEqual(['limit']);
  });

  it('counts each paragraph of a text as a value', async () => {
    await expect(loadBriefingFile(dataFile('p.json', json({ lead: 'а\n\n'.repeat(1000) })))).resolves.toBeDefined();
    const past = await problemsOf(dataFile('p2.json', json({ lead: 'а\n\n'.repeat(LIMITS.dataNodes + 1) })));
    expect(past).toHaveLength(1);
    expect(past[0]).toMatchObject({ code: 'limit', path: 'lead' });
    expect(past[0]?.message).toMatch(/абзац/);
  });

  it(`refuses more than ${LIMITS.dataChars} characters in all its strings`, async () => {
    const lead = 'ab '.repeat(Math.ceil(LIMITS.dataChars / 3) + 1);
    const problems = await problemsOf(dataFile('big.json', json({ lead })));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'limit', path: 'lead' });
    expect(problems[0]?.message).toContain('2\u00a0000\u00a0000');
  });
});

describe('digits never change', () => {
  it('keeps the digits written in YAML and JSON beside the number', async () => {
    const yaml = [
      MINIMAL,
      'statistics:',
      '  - title: T',
      '    items:',
      '      - label: a',
      '        value: 12345678901234567',
      '      - label: pi',
      '        value: 3.14159265358979323846',
      '      - label: c',
      '        value: 1.50',
      '        previous: 2e3',
      '      - label: d',
      '        value: 46',
    ].join('\n');
    const b = await loadBriefingFile(dataFile('d.yaml', yaml));
    const items = b.statistics?.[0]?.items ?? [];
    expect(items.map((i) => (i as { valueDigits?: string }).valueDigits)).toEqual(['12345678901234567', '3.14159265358979323846', '1.50', undefined]);
    expect(items[2]).toMatchObject({ value: 1.5, previous: 2000 });
    const json =
      '{"title": "T", "date": "2025-12-03", "organization": "O", "speakers": [{"name": "И"}], "statistics": [{"title": "T", "items": [{"label": "a", "value": 98765432109876543210}]}]}';
    const j = await loadBriefingFile(dataFile('d.json', json));
    expect(j.statistics?.[0]?.items[0]).toMatchObject({ valueDigits: '98765432109876543210' });
    // a Briefing validated again keeps them, and wrong digits are refused
    expect(validateBriefing(b).statistics?.[0]?.items[0]).toMatchObject({ valueDigits: '12345678901234567' });
    const wrong = { ...b, statistics: [{ ...b.statistics![0]!, items: [{ label: 'x', value: 5, valueDigits: '6' }] }] };
    expect(() => validateBriefing(wrong)).toThrow(/не совпадают/);
  });

  it('refuses a figure that cannot be printed exactly', async () => {
    const json =
      '{"title": "T", "date": "2025-12-03", "organization": "O", "speakers": [{"name": "И"}], "statistics": [{"title": "T", "items": [{"label": "a", "value": 1e400}]}]}';
    const problems = await problemsOf(dataFile('big.json', json));
    expect(problems[0]).toMatchObject({ path: 'statistics[0].items[0].value', line: 1 });
    expect(problems[0]?.message).toContain('1e400');
  });

  it('lists a figure that cannot be printed exactly beside the schema’s problems, at once', async () => {
    const yaml = [
      MINIMAL,
      'statistics:',
      '  - title: Группа',
      '    items:',
      '      - label: a',
      '        value: abc',
      '      - label: b',
      '        value: 1e41',
    ].join('\n');
    const problems = await yamlProblems(yaml);
    expect(problems.map((p) => p.path)).toEqual(['statistics[0].items[0].value', 'statistics[0].items[1].value']);
    expect(problems[1]).toMatchObject({ line: 12 });
    expect(problems[1]?.message).toContain('1e41');
  });

  it('turns any decimal text into plain digits', () => {
    expect(exactDigits('1.5e3', 1500)).toEqual({ digits: '1500' });
    expect(exactDigits('-0.000120', -0.00012)).toEqual({ digits: '-0.000120' });
    expect(exactDigits('+007', 7)).toEqual({ digits: '7' });
    expect(exactDigits('2.5E-3', 0.0025)).toEqual({ digits: '0.0025' });
    expect(exactDigits('.5', 0.5)).toBeUndefined();
    // a hexadecimal or octal figure would be printed in other digits (31, 15): refused
    expect(exactDigits('0x1F', 31)).toMatchObject({ refused: expect.stringMatching(/не десятичными цифрами/) });
    expect(exactDigits('0o17', 15)).toMatchObject({ refused: expect.stringMatching(/не десятичными цифрами/) });
    expect(exactDigits('1'.repeat(50), 1.1e49)).toMatchObject({ refused: expect.stringMatching(/цифр/) });
  });
});

describe('lone surrogates', () => {
  it('become U+FFFD with a warning naming the place; pairs stay', () => {
    const { value, warnings } = replaceLoneSurrogates({ title: 'ab\ud83d', lead: 'x\udc00y 😀', speakers: [{ name: 'ok' }] });
    expect(value).toEqual({ title: 'ab\ufffd', lead: 'x\ufffdy 😀', speakers: [{ name: 'ok' }] });
    expect(warnings.map((w) => w.path)).toEqual(['title', 'lead']);
    expect(warnings[0]).toMatchObject({ code: 'text', severity: 'warning' });
  });
});

describe('logo and photo stay inside the data file folder', () => {
  it('refuses ../ and absolute paths outside, without telling whether they exist', async () => {
    const outside = tempDir({ 'secret.png': PNG_1X1 });
    for (const logo of ['../secret.png', join(outside, 'secret.png'), join(outside, 'no-such.png')]) {
      const problems = await yamlProblems([MINIMAL, `logo: ${logo}`].join('\n'));
      expect(problems[0]).toMatchObject({ code: 'bad-image', path: 'logo' });
      expect(problems[0]?.message).toBe(`путь "${logo}" ведёт за пределы папки файла данных`);
    }
  });

  it('refuses a link inside the folder that points outside', async () => {
    const outside = tempDir({ 'secret.png': PNG_1X1 });
    const path = dataFile('b.yaml', [MINIMAL, 'logo: link.png'].join('\n'));
    symlinkSync(join(outside, 'secret.png'), join(path, '..', 'link.png'));
    expect((await problemsOf(path))[0]?.message).toMatch(/за пределы/);
  });

  it('resolves in the --assets folder when one is given', async () => {
    const assets = tempDir({ 'logo.png': PNG_1X1 });
    const path = dataFile('b.yaml', [MINIMAL, 'logo: logo.png'].join('\n'));
    const b = await loadBriefingFile(path, { assets });
    expect(b.logo).toBe(join(assets, 'logo.png'));
    await expect(loadBriefingFile(path)).rejects.toThrow(/не найден/);
  });
});
