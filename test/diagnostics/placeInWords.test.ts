import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/diagnostics/index.js';
import { placeInWords } from '../../src/diagnostics/placeInWords.js';

describe('placeInWords', () => {
  it.each([
    ['statistics[1].items[2].value', 'статистика, группа 2, показатель 3, значение'],
    ['statistics[0]', 'статистика, группа 1'],
    ['date', 'дата'],
    ['speakers[0].name', 'выступающие, выступающий 1, имя'],
    ['sections[2].points[0]', 'разделы, раздел 3, пункт 1'],
    ['legal[0].items[1].unit[2]', 'изменения законодательства, изменение 1, показатель 2, форма 3'],
    ['contacts[0].foo', 'контакты, контакт 1, поле «foo»'],
    // names of JavaScript's own properties are keys like any other
    ['__proto__', 'поле «__proto__»'],
    ['constructor', 'поле «constructor»'],
    ['speakers[0].toString', 'выступающие, выступающий 1, поле «toString»'],
  ])('%s is «%s»', (path, words) => {
    expect(placeInWords(path)).toBe(words);
  });

  it('stands beside the path of a data problem, not of a theme or template problem', () => {
    expect(
      formatProblem({ code: 'type', severity: 'error', file: 'x.yaml', line: 12, column: 7, path: 'statistics[1].items[2].value', message: 'ожидалось число' }),
    ).toBe('x.yaml:12:7: statistics[1].items[2].value (статистика, группа 2, показатель 3, значение): ожидалось число');
    expect(formatProblem({ code: 'theme', severity: 'error', file: 't.json', line: 1, column: 2, path: 'styles.h1.size', message: 'ожидалось число' })).toBe(
      't.json:1:2: styles.h1.size: ожидалось число',
    );
  });
});
