import { describe, expect, it } from 'vitest';
import { dataFile, MINIMAL, problemsOf, yamlProblems } from './helpers.js';

describe('YAML syntax', () => {
  it('reads a file with old Mac line ends (CR alone) line by line, with the right line of a problem', async () => {
    const text = [MINIMAL, 'statistics:', '  - title: Группа', '    items:', '      - label: Показатель', '        value: много'].join('\r');
    const problems = await yamlProblems(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'statistics[0].items[0].value', line: 10 });
  });

  it('reports a syntax error with line and column', async () => {
    const problems = await yamlProblems([MINIMAL, 'lead: "не закрытая кавычка', 'city: Астана'].join('\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'syntax', severity: 'error', line: 6, column: 7, message: 'не закрыта кавычка' });
    expect(problems[0]?.column).toBeGreaterThan(0);
    expect(problems[0]?.file).toMatch(/briefing\.yaml$/);
  });

  it('explains a colon inside an unquoted value', async () => {
    const problems = await yamlProblems([MINIMAL, 'subtitle: Итоги: год'].join('\n'));
    expect(problems[0]).toMatchObject({ code: 'syntax', line: 6, column: 11 });
    expect(problems[0]?.hint).toMatch(/кавычки/);
  });

  it('reports tab indentation', async () => {
    const problems = await yamlProblems(['title: Т', 'speakers:', '\t- name: А'].join('\n'));
    expect(problems[0]).toMatchObject({ code: 'syntax', line: 3, column: 1, message: 'табуляция в отступе' });
  });

  it('reports a duplicate key at the second key, and still validates the rest', async () => {
    const problems = await yamlProblems([MINIMAL, 'city: Астана', 'city: Алматы', 'lang: de'].join('\n'));
    expect(problems.map((p) => [p.code, p.path, p.line, p.column])).toEqual([
      ['syntax', 'city', 7, 1],
      ['enum', 'lang', 8, 7],
    ]);
    expect(problems[0]?.message).toBe('поле "city" повторяется');
    expect(problems[0]?.hint).toMatch(/строке 6/);
  });

  it('reports duplicate keys inside list items', async () => {
    const problems = await yamlProblems([MINIMAL, '    name: Другое имя'].join('\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'syntax', path: 'speakers[0].name', line: 6, column: 5 });
  });

  it('reports an alias to an unknown anchor', async () => {
    const problems = await yamlProblems([MINIMAL, 'city: *город'].join('\n'));
    expect(problems).toEqual([expect.objectContaining({ code: 'syntax', line: 6, column: 7 })]);
    expect(problems[0]?.message).toMatch(/\*город/);
  });

  it('reports an unclosed [ at the bracket, not as wrong indentation', async () => {
    const problems = await yamlProblems(['title: Т', 'date: 2025-12-03', 'organization: О', 'speakers: [', '  {name: А}', 'lead: Текст'].join('\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'syntax', line: 4, column: 11 });
    expect(problems[0]?.message).toBe('не закрыта скобка «[», открытая в строке 4, колонке 11');
    expect(problems[0]?.message).not.toMatch(/отступ/);
    expect(problems[0]?.file).toMatch(/briefing\.yaml$/);
  });

  it('reports an unclosed [ inside a list item of a section', async () => {
    const problems = await yamlProblems([MINIMAL, 'sections:', '  - title: Р', '    points: [а, б', 'lead: Текст'].join('\n'));
    expect(problems).toEqual([expect.objectContaining({ code: 'syntax', line: 8, column: 13 })]);
    expect(problems[0]?.message).toBe('не закрыта скобка «[», открытая в строке 8, колонке 13');
  });

  it('reports an unclosed [ at the end of the file', async () => {
    const problems = await yamlProblems([MINIMAL, 'results: [а, б'].join('\n'));
    expect(problems[0]).toMatchObject({ code: 'syntax', line: 6, column: 10, message: 'не закрыта скобка «[», открытая в строке 6, колонке 10' });
  });

  it('reports an unclosed {', async () => {
    const problems = await yamlProblems(['title: Т', 'date: 2025-12-03', 'organization: О', 'speakers:', '  - {name: А', 'lead: Текст'].join('\n'));
    expect(problems).toEqual([expect.objectContaining({ code: 'syntax', line: 5, column: 5 })]);
    expect(problems[0]?.message).toBe('не закрыта скобка «{», открытая в строке 5, колонке 5');
    expect(problems[0]?.hint).toMatch(/}/);
  });

  it('ignores brackets inside quotes when finding the unclosed one', async () => {
    const problems = await yamlProblems([MINIMAL, 'subtitle: "итоги [года"', 'results: [а'].join('\n'));
    expect(problems[0]).toMatchObject({ code: 'syntax', line: 7, column: 10, message: 'не закрыта скобка «[», открытая в строке 7, колонке 10' });
  });

  it('keeps unquoted dates and times as strings (YAML 1.2 core schema)', async () => {
    // an unquoted 2025-12-03 would become a Date under YAML 1.1; here the file must load.
    const problems = await yamlProblems([MINIMAL, 'time: 10:30', 'lang: xx'].join('\n'));
    expect(problems.map((p) => p.path)).toEqual(['lang']);
  });
});

describe('JSON syntax', () => {
  const json = (text: string) => problemsOf(dataFile('briefing.json', text));

  it('reports a syntax error with line and column', async () => {
    const problems = await json('{\n  "title": "Т"\n  "date": "2025-12-03"\n}\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'syntax', line: 3, column: 3, message: 'не хватает запятой' });
  });

  it('refuses comments', async () => {
    const problems = await json('{\n  // комментарий\n  "title": "Т"\n}\n');
    expect(problems[0]).toMatchObject({ code: 'syntax', line: 2, column: 3, message: 'комментарии в JSON не допускаются' });
  });

  it('refuses trailing commas and points at the comma', async () => {
    const problems = await json('{\n  "title": "Т",\n  "results": ["a", "b",]\n}\n');
    expect(problems[0]).toMatchObject({ code: 'syntax', line: 3, column: 23, message: 'лишняя запятая перед "]"' });
  });

  it('reports duplicate keys', async () => {
    const problems = await json(
      JSON.stringify({ title: 'Т', date: '2025-12-03', organization: 'О', speakers: [{ name: 'А' }] }, null, 2).replace(
        '"organization"',
        '"title": "again",\n  "organization"',
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'syntax', path: 'title', line: 4, column: 3, message: 'поле "title" повторяется' });
  });

  it('reports an empty file', async () => {
    const problems = await json('  \n');
    expect(problems[0]).toMatchObject({ code: 'syntax', message: 'файл пуст' });
  });
});
