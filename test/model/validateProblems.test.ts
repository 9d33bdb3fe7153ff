import { describe, expect, it } from 'vitest';
import { loadBriefingFile } from '../../src/model/loadBriefing.js';
import { dataFile, MINIMAL, yamlProblems } from './helpers.js';

/** The only problem of a file made of MINIMAL plus `lines` (or of `whole`, if given). */
async function single(lines: string[], whole?: string) {
  const problems = await yamlProblems(whole ?? [MINIMAL, ...lines].join('\n'));
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
  const [p] = problems;
  if (!p) throw new Error('no problem');
  expect(p.severity).toBe('error');
  expect(p.file).toMatch(/briefing\.yaml$/);
  return p;
}

describe('one problem of each kind, with path, line and column', () => {
  it('missing required field', async () => {
    const p = await single([], ['date: 2025-12-03', 'organization: ДП', 'speakers:', '  - name: А'].join('\n'));
    expect(p).toMatchObject({ code: 'required', path: 'title', line: 1, column: 1 });
    expect(p.message).toBe('не хватает обязательного поля "title"');
  });

  it('missing required field inside a list item points at the item', async () => {
    const p = await single(['contacts:', '  - label: Телефон доверия']);
    expect(p).toMatchObject({ code: 'required', path: 'contacts[0].value', line: 7, column: 5 });
  });

  it('wrong type', async () => {
    const p = await single(['results: Ликвидирована лаборатория']);
    expect(p).toMatchObject({ code: 'type', path: 'results', line: 6, column: 10, expected: 'список' });
    expect(p.message).toBe('ожидался список, найдена строка "Ликвидирована лаборатория"');
  });

  it('a boolean where a string is expected', async () => {
    const p = await single(['city: true']);
    expect(p).toMatchObject({ code: 'type', path: 'city', line: 6, column: 7 });
    expect(p.message).toBe('ожидалась строка, найдено логическое значение true');
  });

  it('string value for a number, with a hint to remove the quotes', async () => {
    const p = await single(['statistics:', '  - title: Т', '    items:', '      - label: Изъято', '        value: "102"']);
    expect(p).toMatchObject({ code: 'type', path: 'statistics[0].items[0].value', line: 10, column: 16, expected: 'число' });
    expect(p.message).toBe('ожидалось число, найдена строка "102"');
    expect(p.hint).toBe('уберите кавычки: value: 102');
  });

  it('a word where a number is expected', async () => {
    const p = await single(['statistics:', '  - title: Т', '    items:', '      - label: Изъято', '        value: сто']);
    expect(p.message).toBe('ожидалось число, найдена строка "сто"');
    expect(p.hint).toMatch(/цифрами/);
  });

  it('bad date format', async () => {
    const p = await single([], MINIMAL.replace('date: 2025-12-03', 'date: 03.12.2025'));
    expect(p).toMatchObject({ code: 'format', path: 'date', line: 2, column: 7, expected: 'дата в виде ГГГГ-ММ-ДД' });
    expect(p.message).toBe('неверная дата "03.12.2025"');
    expect(p.hint).toBe('запишите как 2025-12-03');
  });

  it('impossible date 2025-02-30', async () => {
    const p = await single([], MINIMAL.replace('date: 2025-12-03', 'date: 2025-02-30'));
    expect(p).toMatchObject({ code: 'format', path: 'date', line: 2, column: 7 });
    expect(p.message).toBe('такой даты нет: "2025-02-30"');
    expect(p.hint).toBe('в феврале 2025 года 28 дней');
  });

  it('years before 100 are years of their own, and there is no year 0000', async () => {
    const zero = await single([], MINIMAL.replace('date: 2025-12-03', 'date: 0000-01-01'));
    expect(zero).toMatchObject({ code: 'format', path: 'date' });
    expect(zero.hint).toBe('года 0000 нет: год — от 0001');
    const early = await single([], MINIMAL.replace('date: 2025-12-03', 'date: 0045-02-29'));
    expect(early.hint).toBe('в феврале 45 года 28 дней');
  });

  it('impossible legal effective date', async () => {
    const p = await single(['legal:', '  - act: КоАП РК', '    title: Т', '    effective: 2025-13-01']);
    expect(p).toMatchObject({ code: 'format', path: 'legal[0].effective', line: 9, column: 16 });
  });

  it('bad time', async () => {
    const p = await single(['time: 9:30']);
    expect(p).toMatchObject({ code: 'format', path: 'time', line: 6, column: 7, expected: 'время в виде ЧЧ:ММ' });
    expect(p.message).toBe('неверное время "9:30"');
    expect(p.hint).toBe('пишите часы двумя цифрами: 09:30');
  });

  it('time 25:00 does not exist', async () => {
    const p = await single(['time: "25:00"']);
    expect(p).toMatchObject({ code: 'format', path: 'time' });
  });

  it('unknown key: typo gets a suggestion', async () => {
    const p = await single(['sections:', '  - titel: Раздел', '    title: Раздел', '    text: Т']);
    expect(p).toMatchObject({ code: 'unknown-key', path: 'sections[0].titel', line: 7, column: 5 });
    expect(p.message).toBe('неизвестное поле "titel"');
    expect(p.hint).toBe('возможно, имелось в виду "title"');
  });

  it('unknown key far from any known key lists the allowed keys', async () => {
    const p = await single(['sections:', '  - title: Раздел', '    text: Т', '    заголовок: Р']);
    expect(p).toMatchObject({ code: 'unknown-key', path: 'sections[0].заголовок', line: 9, column: 5 });
    expect(p.hint).toBe('допустимые поля: title, text, points');
  });

  it('bad enum value, with the allowed values', async () => {
    const p = await single(['lang: de']);
    expect(p).toMatchObject({ code: 'enum', path: 'lang', line: 6, column: 7, expected: 'одно из: ru, kk, en' });
    expect(p.message).toBe('недопустимое значение "de"');
  });

  it('an empty enum value says what was found', async () => {
    const p = await single(['lang:']);
    expect(p).toMatchObject({ code: 'enum', path: 'lang', line: 6 });
    expect(p.message).toBe('ожидалось одно из: ru, kk, en, найдено пустое значение');
  });

  it('enum typo gets a suggestion', async () => {
    const p = await single(['statistics:', '  - title: Т', '    chart: bars', '    items:', '      - {label: Л, value: 1}']);
    expect(p).toMatchObject({ code: 'enum', path: 'statistics[0].chart', line: 8, column: 12, hint: 'возможно, имелось в виду "bar"' });
  });

  it('empty speakers', async () => {
    const p = await single([], MINIMAL.replace('speakers:\n  - name: Алия Кибаткызы', 'speakers: []'));
    expect(p).toMatchObject({ code: 'too-few', path: 'speakers', line: 4, column: 11 });
    expect(p.message).toMatch(/нужен хотя бы один выступающий/);
  });

  it('empty statistics items', async () => {
    const p = await single(['statistics:', '  - title: Т', '    items: []']);
    expect(p).toMatchObject({ code: 'too-few', path: 'statistics[0].items', line: 8, column: 12 });
  });

  it('section with neither text nor points', async () => {
    const p = await single(['sections:', '  - title: Пустой раздел']);
    expect(p).toMatchObject({ code: 'required', path: 'sections[0]', line: 7, column: 5 });
    expect(p.message).toBe('в разделе нет ни текста (text), ни пунктов (points)');
  });

  it('unit with two forms instead of three', async () => {
    const p = await single(['statistics:', '  - title: Т', '    items:', '      - {label: Л, value: 5, unit: [факт, факта]}']);
    expect(p).toMatchObject({ code: 'type', path: 'statistics[0].items[0].unit', line: 9, column: 36 });
    expect(p.message).toMatch(/ровно три формы, найдено 2/);
  });

  it('bad id', async () => {
    const p = await single(['statistics:', '  - title: Т', '    items:', '      - {label: Л, value: 5, id: Seized KG}']);
    expect(p).toMatchObject({ code: 'format', path: 'statistics[0].items[0].id', hint: 'например, "seized-kg"' });
  });

  it('`of` pointing nowhere', async () => {
    const p = await single([
      'statistics:',
      '  - title: Т',
      '    items:',
      '      - {label: Всего, value: 698, id: facts}',
      '      - {label: Из них, value: 207, of: fact}',
    ]);
    expect(p).toMatchObject({ code: 'reference', path: 'statistics[0].items[1].of', line: 10, column: 41 });
    expect(p.message).toMatch(/"fact" ведёт в никуда/);
    expect(p.hint).toBe('возможно, имелось в виду "facts"');
  });

  it('`of` may point to an item of another part of the file', async () => {
    const path = dataFile(
      'briefing.yaml',
      [
        MINIMAL,
        'statistics:',
        '  - title: Т',
        '    items:',
        '      - {label: Всего, value: 698, id: facts}',
        'legal:',
        '  - act: КоАП',
        '    title: Т',
        '    items:',
        '      - {label: Из них, value: 207, of: facts}',
      ].join('\n'),
    );
    const b = await loadBriefingFile(path);
    expect(b.legal?.[0]?.items?.[0]?.of).toBe('facts');
  });

  it('`of` cycle', async () => {
    const p = await single([
      'statistics:',
      '  - title: Т',
      '    items:',
      '      - {label: А, value: 1, id: a, of: b}',
      '      - {label: Б, value: 1, id: b, of: a}',
    ]);
    expect(p).toMatchObject({ code: 'reference', path: 'statistics[0].items[0].of' });
    expect(p.message).toBe('ссылки of образуют цикл: a → b → a');
  });

  it('`of` cycle at the end of a chain of thousands of links: one problem, found in linear time', async () => {
    // a0 ← a1 ← … ← a4999, and a2500 a part of a4999: the cycle a2500 → … → a4999 → a2500 and a tail into it.
    const n = 5_000;
    const items = Array.from({ length: n }, (_, i) => {
      const of = i === 2500 ? `a${n - 1}` : i > 0 ? `a${i - 1}` : undefined;
      return `      - {label: П${i}, value: ${n - i}, id: a${i}${of ? `, of: ${of}` : ''}}`;
    });
    const p = await single(['statistics:', '  - title: Т', '    items:', ...items]);
    expect(p).toMatchObject({ code: 'reference', path: 'statistics[0].items[2500].of' });
    expect(p.message.startsWith('ссылки of образуют цикл: a2500 → a4999 → a4998 → ')).toBe(true);
    expect(p.message.endsWith(' → a2501 → a2500')).toBe(true);
    expect(p.message.split(' → ')).toHaveLength(n - 2500 + 1);
  });

  it('thousands of `of` links to no id: each reported, the first twenty with a "did you mean", the rest with some of the ids', async () => {
    const n = 3_000;
    const items = Array.from({ length: n }, (_, i) => `      - {label: П${i}, value: 1, id: a${i}, of: b${i}}`);
    const problems = await yamlProblems([MINIMAL, 'statistics:', '  - title: Т', '    items:', ...items].join('\n'));
    expect(problems).toHaveLength(n);
    expect(problems[0]).toMatchObject({ code: 'reference', path: 'statistics[0].items[0].of', hint: 'возможно, имелось в виду "a0"' });
    expect(problems[19]!.hint).toBe('возможно, имелось в виду "a19"');
    const listed = Array.from({ length: 20 }, (_, i) => `a${i}`).join(', ');
    expect(problems[20]!.hint).toBe(`известные id: ${listed} и ещё 2\u00a0980`);
    expect(problems[n - 1]!.hint).toBe(problems[20]!.hint);
  });

  it('duplicate id, across statistics and legal', async () => {
    const p = await single([
      'statistics:',
      '  - title: Т',
      '    items:',
      '      - {label: А, value: 1, id: total}',
      'legal:',
      '  - act: КоАП РК',
      '    title: Т',
      '    items:',
      '      - {label: Б, value: 2, id: total}',
    ]);
    expect(p).toMatchObject({ code: 'duplicate-id', path: 'legal[0].items[0].id', line: 14, column: 34 });
    expect(p.message).toBe('идентификатор "total" уже занят');
    expect(p.hint).toMatch(/statistics\[0\]\.items\[0\]\.id \(строка 9\)/);
  });

  it('quote speaker that is not a speaker', async () => {
    const p = await single(['quotes:', '  - text: Цитата', '    speaker: Алия Кибатқызы']);
    expect(p).toMatchObject({ code: 'reference', path: 'quotes[0].speaker', line: 8, column: 14 });
    expect(p.message).toBe('выступающий "Алия Кибатқызы" не найден в speakers');
    expect(p.hint).toBe('возможно, имелось в виду "Алия Кибаткызы"');
  });

  it('empty file', async () => {
    const p = await single([], '# только комментарий\n');
    expect(p).toMatchObject({ code: 'required' });
    expect(p.message).toMatch(/файл пуст/);
  });

  it('a list instead of an object at the top', async () => {
    const p = await single([], '- title: Брифинг\n');
    expect(p).toMatchObject({ code: 'type', line: 1, column: 1 });
    expect(p.path).toBeUndefined();
    expect(p.message).toMatch(/^ожидался объект/);
  });
});
