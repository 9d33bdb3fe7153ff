/**
 * The contract's «Errors» end to end: one file with a problem of every kind
 * the contract names, all reported at once, each with its file, data path,
 * line and column (YAML and JSON alike), what was expected, and for an
 * unknown key the nearest known one; and nothing is rendered from it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefingError, formatProblem, type Problem } from '../../src/diagnostics/index.js';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import type { Briefing } from '../../src/model/schema.js';
import { MINIMAL, tempDir } from '../support/briefingFiles.js';

const PROBLEMS_YAML = [
  'title: Брифинг', //                                1
  'date: 2025-02-30', //                              2  impossible date
  'time: 9.30', //                                    3  a number, not HH:MM
  'organizaton: ДП', //                               4  unknown key (organization), and organization missing
  'logo: нет-такого.svg', //                          5  missing file
  'lang: de', //                                      6  not ru, kk, en
  'speakers:', //                                     7
  '  - name: Алия', //                                8
  '    photo: notes.txt', //                          9  not an image
  'sections:', //                                     10
  '  - title: Пустой раздел', //                      11 neither text nor points
  'statistics:', //                                   12
  '  - title: Итоги', //                              13
  '    chart: pie', //                                14 not auto, bar, none
  '    items:', //                                    15
  '      - label: Изъято', //                         16
  '        value: "46"', //                           17 a string
  '        unit: [факт, факта]', //                   18 two forms
  '        id: Seized!', //                           19 not [a-z0-9-]+
  '      - label: Сбыт', //                           20
  '        value: 138', //                            21
  '        of: sales', //                             22 points nowhere
  '        id: dup', //                               23
  'legal:', //                                        24
  '  - act: КоАП РК', //                              25
  '    title: Статья', //                             26
  '    effective: 2025-13-01', //                     27 impossible date
  '    items:', //                                    28
  '      - label: Привлечены', //                     29
  '        value: 683', //                            30
  '        id: dup', //                               31 repeated id
  'quotes:', //                                       32
  '  - text: Цитата', //                              33
  '    speaker: Кто-то', //                           34 not a speaker
  'contacts:', //                                     35
  '  - label: Телефон', //                            36 value missing
].join('\n');

/** [code, path, line] of every problem, in the order reported. */
const EXPECTED: [string, string, number][] = [
  ['format', 'date', 2],
  ['type', 'time', 3],
  ['unknown-key', 'organizaton', 4],
  ['missing-file', 'logo', 5],
  ['enum', 'lang', 6],
  ['bad-image', 'speakers[0].photo', 9],
  ['required', 'sections[0]', 11],
  ['enum', 'statistics[0].chart', 14],
  ['type', 'statistics[0].items[0].value', 17],
  ['type', 'statistics[0].items[0].unit', 18],
  ['format', 'statistics[0].items[0].id', 19],
  ['reference', 'statistics[0].items[1].of', 22],
  ['format', 'legal[0].effective', 27],
  ['duplicate-id', 'legal[0].items[0].id', 31],
  ['reference', 'quotes[0].speaker', 34],
  ['required', 'contacts[0].value', 36],
];

function problemsFile(ext: 'yaml' | 'json'): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'notes.txt'), 'это не картинка');
  const path = join(dir, `problems.${ext}`);
  if (ext === 'yaml') writeFileSync(path, PROBLEMS_YAML);
  return path;
}

async function problemsOf(path: string): Promise<readonly Problem[]> {
  const error = await loadBriefing(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BriefingError);
  return (error as BriefingError).problems;
}

describe('a file with a problem of every kind', () => {
  it('is refused with every problem at once, each with file, path, line, column and message', async () => {
    const path = problemsFile('yaml');
    const problems = await problemsOf(path);
    const found = problems.map((p) => [p.code, p.path, p.line] as const);
    for (const expected of EXPECTED) expect(found, `${expected.join(' ')}`).toContainEqual(expected);
    // organization is missing too: reported at the top of the file.
    expect(problems.find((p) => p.path === 'organization')).toMatchObject({ code: 'required', line: 1, column: 1 });
    for (const p of problems) {
      expect(p.severity).toBe('error');
      expect(p.file).toBe(path);
      expect(p.message.length).toBeGreaterThan(5);
      expect(p.line, p.path).toBeGreaterThan(0);
      expect(p.column, p.path).toBeGreaterThan(0);
    }
    const lines = problems.map((p) => p.line ?? 0);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(problems.find((p) => p.code === 'unknown-key')?.hint).toMatch(/organization/);
    expect(formatProblem(problems.find((p) => p.path === 'lang')!)).toMatch(/ru, kk, en/);
    expect(problems.find((p) => p.path === 'statistics[0].items[0].value')?.column).toBe(16);
  });

  it('names the same problems, with their own lines, in the JSON form of the file', async () => {
    const yamlPath = problemsFile('yaml');
    const { parse } = await import('yaml');
    const data = parse(PROBLEMS_YAML, { schema: 'core' }) as Record<string, unknown>;
    data['date'] = '2025-02-30';
    (data['legal'] as Record<string, unknown>[])[0]!['effective'] = '2025-13-01';
    const jsonPath = yamlPath.replace(/\.yaml$/, '.json');
    const text = JSON.stringify(data, null, 2);
    writeFileSync(jsonPath, text);
    const problems = await problemsOf(jsonPath);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const byPath = new Map(problems.map((p) => [p.path, p]));
    for (const [code, path] of EXPECTED) expect(byPath.get(path)?.code, path).toBe(code);
    expect(byPath.get('statistics[0].items[0].value')?.line).toBe(lineOf('"value": "46"'));
    expect(byPath.get('quotes[0].speaker')?.line).toBe(lineOf('"speaker": "Кто-то"'));
    expect(byPath.get('organizaton')?.line).toBe(lineOf('"organizaton"'));
    for (const p of problems) expect(p.file).toBe(jsonPath);
  });

  it('formats each problem as file:line:col: path: message, one per line of the error message', async () => {
    const path = problemsFile('yaml');
    const error = (await loadBriefing(path).catch((e: unknown) => e)) as BriefingError;
    const lines = error.message.split('\n');
    expect(lines).toEqual(error.problems.map(formatProblem));
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:17:16: statistics\\[0\\]\\.items\\[0\\]\\.value \\(статистика, группа 1, показатель 1, значение\\): `,
        ),
      ),
    );
  });

  it('is refused by renderBriefing too when given as data, with paths (there is no file to point into)', async () => {
    const bad = { ...MINIMAL, speakers: [], statistics: [{ title: 'X', items: [{ label: 'a', value: 'сто' }] }] } as unknown as Briefing;
    const error = await renderBriefing(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BriefingError);
    const paths = (error as BriefingError).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['speakers', 'statistics[0].items[0].value']));
  });
});
