import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefingError, formatProblem } from '../../src/diagnostics/index.js';
import { loadBriefingFile } from '../../src/model/loadBriefing.js';
import { validateBriefing } from '../../src/model/validateBriefing.js';
import { dataFile, MINIMAL, PNG_1X1, problemsOf, tempDir, yamlProblems } from './helpers.js';

describe('loadBriefingFile', () => {
  it('reports every problem of a file at once, sorted by line, with path, line and column', async () => {
    const text = [
      'title: Брифинг', //                        1
      'date: 2025-02-30', //                      2
      'organization: ДП', //                      3
      'logo: нет.svg', //                         4
      'speakers:', //                             5
      '  - name: Алия', //                        6
      '    positon: оперуполномоченный', //       7
      'statistics:', //                           8
      '  - title: Итоги', //                      9
      '    items:', //                            10
      '      - label: Изъято', //                 11
      '        value: "46"', //                   12
      '        id: seized', //                    13
      '      - label: Сбыт', //                   14
      '        value: 138', //                    15
      '        of: sales', //                     16
      '        id: seized', //                    17
      'quotes:', //                               18
      '  - text: Цитата', //                      19
      '    speaker: Алия К.', //                  20
      'time: 25:61', //                           21
    ].join('\n');
    const problems = await yamlProblems(text);
    expect(problems.map((p) => [p.code, p.path, p.line, p.column])).toEqual([
      ['format', 'date', 2, 7],
      ['missing-file', 'logo', 4, 7],
      ['unknown-key', 'speakers[0].positon', 7, 5],
      ['type', 'statistics[0].items[0].value', 12, 16],
      ['reference', 'statistics[0].items[1].of', 16, 13],
      ['duplicate-id', 'statistics[0].items[1].id', 17, 13],
      ['reference', 'quotes[0].speaker', 20, 14],
      ['format', 'time', 21, 7],
    ]);
    expect(problems.every((p) => p.severity === 'error' && p.file?.endsWith('briefing.yaml'))).toBe(true);
    expect(problems[2]?.hint).toBe('возможно, имелось в виду "position"');
  });

  it('the error message lists every problem as file:line:col: path: message', async () => {
    const path = dataFile('b.yaml', [MINIMAL, 'lang: de', 'time: 7'].join('\n'));
    const error = await loadBriefingFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BriefingError);
    const lines = (error as BriefingError).message.split('\n');
    expect(lines).toEqual((error as BriefingError).problems.map(formatProblem));
    expect(lines[0]).toBe(`${path}:6:7: lang (язык): недопустимое значение "de" (допустимые значения: ru, kk, en)`);
    expect(lines[1]).toMatch(/:7:7: time \(время\): ожидалось время в виде ЧЧ:ММ, найдено число 7/);
  });

  it('gives positions for JSON files', async () => {
    const json = [
      '{', //                                                        1
      '  "title": "Брифинг",', //                                    2
      '  "date": "2025-12-03",', //                                  3
      '  "organization": "ДП",', //                                  4
      '  "speakers": [{ "name": "Алия" }],', //                      5
      '  "statistics": [', //                                        6
      '    { "title": "Итоги", "items": [', //                       7
      '      { "label": "Изъято", "value": "46", "unti": "кг" }', // 8
      '    ] }', //                                                  9
      '  ]', //                                                      10
      '}', //                                                        11
    ].join('\n');
    const problems = await problemsOf(dataFile('b.json', json));
    expect(problems.map((p) => [p.code, p.path, p.line, p.column, p.hint])).toEqual([
      ['type', 'statistics[0].items[0].value', 8, 37, 'уберите кавычки: value: 46'],
      ['unknown-key', 'statistics[0].items[0].unti', 8, 43, 'возможно, имелось в виду "unit"'],
    ]);
  });

  it('reads a bare number where a string is expected as its source text', async () => {
    const yaml = [
      MINIMAL,
      'contacts:',
      '  - label: Телефон доверия',
      '    value: 102',
      '  - label: Код',
      '    value: 0102',
      'legal:',
      '  - act: КоАП РК',
      '    article: 608',
      '    title: Т',
      'statistics:',
      '  - title: 2025',
      '    items:',
      '      - {label: 1e3, value: 1e3, unit: 1.50, id: 007, of: 7}',
      '      - {label: Б, value: 1, id: 7}',
    ].join('\n');
    const b = await loadBriefingFile(dataFile('b.yaml', yaml));
    expect(b.contacts).toEqual([
      { label: 'Телефон доверия', value: '102' },
      { label: 'Код', value: '0102' },
    ]);
    expect(b.legal?.[0]?.article).toBe('608');
    const group = b.statistics?.[0];
    expect(group?.title).toBe('2025');
    expect(group?.items[0]).toEqual({ label: '1e3', value: 1000, unit: '1.50', id: '007', of: '7' });
  });

  it('follows YAML anchors, keeping the source text of numbers', async () => {
    const b = await loadBriefingFile(dataFile('b.yaml', [MINIMAL, 'subtitle: &code 0102', 'city: *code'].join('\n')));
    expect([b.subtitle, b.city]).toEqual(['0102', '0102']);
  });

  it('reads numbers in JSON string fields as their source text', async () => {
    const json = JSON.stringify({
      title: 'Т',
      date: '2025-12-03',
      organization: 'О',
      speakers: [{ name: 'А' }],
      legal: [{ act: 'КоАП', title: 'Т', article: 1.1 }],
    }).replace('"article":1.1', '"article": 1.10');
    const b = await loadBriefingFile(dataFile('b.json', json));
    expect(b.legal?.[0]?.article).toBe('1.10');
  });

  it('strips a UTF-8 BOM', async () => {
    const b = await loadBriefingFile(dataFile('b.yml', `\uFEFF${MINIMAL}`));
    expect(b.title).toBe('Брифинг');
  });

  it('refuses a file with another extension', async () => {
    const problems = await problemsOf(dataFile('b.txt', MINIMAL));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'io', message: 'неподдерживаемый тип файла ".txt"', expected: 'файл .yaml, .yml или .json' });
  });

  it('a missing file is an io problem', async () => {
    const path = join(tempDir(), 'нет.yaml');
    const problems = await problemsOf(path);
    expect(problems).toEqual([{ code: 'io', severity: 'error', file: path, message: 'файл не найден' }]);
  });

  it('a file that is not UTF-8 is an io problem with its line', async () => {
    const dir = tempDir();
    const path = join(dir, 'b.yaml');
    writeFileSync(path, Buffer.concat([Buffer.from('title: T\ncity: '), Buffer.from([0xc0, 0xc1]), Buffer.from('\n')]));
    const problems = await problemsOf(path);
    expect(problems[0]).toMatchObject({ code: 'io', line: 2, column: 7, message: 'файл не в кодировке UTF-8' });
  });
});

describe('validateBriefing', () => {
  it('is idempotent on a validated briefing', async () => {
    const path = dataFile('b.yaml', [MINIMAL, '    photo: p.png', 'contacts:', '  - {label: Тел, value: 0102}'].join('\n'), { 'p.png': PNG_1X1 });
    const once = await loadBriefingFile(path);
    const twice = validateBriefing(once);
    expect(twice).toEqual(once);
    expect(twice.lang).toBe('ru');
    expect(twice.contacts?.[0]?.value).toBe('0102');
  });

  it('fills defaults: lang ru, chart auto', () => {
    const b = validateBriefing({
      title: 'Т',
      date: '2025-12-03',
      organization: 'О',
      speakers: [{ name: 'А' }],
      statistics: [{ title: 'Г', items: [{ label: 'Л', value: 1 }] }],
    });
    expect(b.lang).toBe('ru');
    expect(b.statistics?.[0]?.chart).toBe('auto');
  });

  it('without a file, resolves images against the working folder and reports problems without file or line', () => {
    const dir = tempDir({ 'p.png': PNG_1X1 });
    const fromCwd = relative(process.cwd(), join(dir, 'p.png'));
    const b = validateBriefing({ title: 'Т', date: '2025-12-03', organization: 'О', speakers: [{ name: 'А', photo: fromCwd }] });
    expect(b.speakers[0]?.photo).toBe(join(dir, 'p.png'));
    let error: unknown;
    try {
      validateBriefing({ title: 'Т', date: '2025-12-03', organization: 'О', speakers: [{ name: 'А' }], lang: 'fr' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BriefingError);
    expect((error as BriefingError).problems).toEqual([expect.objectContaining({ code: 'enum', path: 'lang', file: undefined, line: undefined })]);
  });

  it('does not mutate its input', () => {
    const input = { title: 'Т', date: '2025-12-03', organization: 'О', speakers: [{ name: 'А' }], contacts: [{ label: 'Тел', value: 102 }] };
    const copy = structuredClone(input);
    const b = validateBriefing(input);
    expect(input).toEqual(copy);
    expect(b.contacts?.[0]?.value).toBe('102');
  });
});
