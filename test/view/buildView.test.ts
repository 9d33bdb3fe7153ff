import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Briefing } from '../../src/model/schema.js';
import { buildView } from '../../src/view/buildView.js';

const S = '\u00A0';
const nb = (s: string) => s.replaceAll(S, ' ');

function briefing(): Briefing {
  return {
    title: 'Итоги  борьбы\nс наркопреступностью',
    date: '2025-12-03',
    time: '11:00',
    city: 'Астана',
    venue: 'Региональная служба коммуникаций',
    organization: 'Департамент полиции',
    lang: 'ru',
    source: 'По материалам BAQ.KZ',
    speakers: [{ name: 'Иван Петров', position: 'начальник управления', photo: '/abs/photo.png' }, { name: 'Айгуль Сеитова' }],
    lead: 'Первый абзац с **главным**.\n\nВторой  абзац.',
    sections: [
      { title: 'Профилактика', text: 'Текст *раздела*', points: ['пункт  один', 'пункт\nдва'] },
      { title: 'Только пункты', points: ['a'] },
    ],
    statistics: [
      {
        title: 'Преступления',
        period: 'с начала 2025 года',
        chart: 'auto',
        items: [
          { label: 'Зарегистрировано', value: 698, id: 'total', unit: ['факт', 'факта', 'фактов'], previous: 620 },
          { label: 'Сбыт', value: 207, of: 'total', unit: ['факт', 'факта', 'фактов'], note: 'По данным КПСиСУ' },
          { label: 'Из них в сети', value: 100, of: 'sbyt-missing' },
          { label: 'Изъято', value: 46, qualifier: 'почти', unit: 'кг', id: 'kg' },
        ],
      },
      {
        title: 'Раскрываемость',
        chart: 'none',
        items: [
          { label: 'Раскрыто', value: 96.4, unit: '%', note: 'Оперативные данные' },
          { label: 'Синтетика', value: 12.5, unit: 'кг', of: 'kg' },
        ],
      },
    ],
    results: ['Ликвидирована  лаборатория'],
    legal: [
      {
        act: 'КоАП РК',
        article: '440-1',
        title: 'Ответственность за пропаганду',
        effective: '2025-03-11',
        text: 'Штраф *до* 100 МРП',
        items: [
          { label: 'Привлечены', value: 683, id: 'punished', note: 'С марта' },
          { label: 'Из них повторно', value: 0, of: 'total' },
        ],
      },
      { act: 'УК РК', title: 'Без статьи' },
    ],
    quotes: [{ text: 'Мы работаем *каждый* день.', speaker: 'Иван Петров' }, { text: 'Без спикера' }],
    contacts: [{ label: 'Телефон доверия', value: '102' }],
  };
}

describe('buildView', () => {
  const input = briefing();
  const snapshot = JSON.stringify(input);
  const view = buildView(input);

  test('does not change its input', () => {
    expect(JSON.stringify(input)).toBe(snapshot);
  });

  test('top level strings and dates', () => {
    expect(view.lang).toBe('ru');
    expect(view.title).toBe('Итоги борьбы с наркопреступностью');
    expect(view.subtitle).toBeNull();
    expect(view.date).toBe(`3${S}декабря 2025${S}г.`);
    expect(view).toMatchObject({ time: '11:00', city: 'Астана', logo: null, source: 'По материалам BAQ.KZ' });
    expect(view.words.legal).toBe('Изменения в законодательстве');
  });

  test('meta', () => {
    expect(view.meta.title).toBe('Итоги борьбы с наркопреступностью');
    expect(view.meta.author).toBe('Департамент полиции');
    expect(nb(view.meta.subject)).toBe('Брифинг, 3 декабря 2025 г., Астана');
    expect(view.meta.keywords).toBe('Департамент полиции, Астана, Преступления, Раскрываемость, КоАП РК, УК РК');
    expect(view.meta.lang).toBe('ru');
    expect(view.meta.creationDate.toISOString()).toBe('2025-12-03T00:00:00.000Z');
    expect(buildView({ ...input, subtitle: 'Подзаголовок' }).meta.subject).toBe('Подзаголовок');
  });

  test('speakers, lead, sections, results, contacts', () => {
    expect(view.speakers[0]).toEqual({ name: 'Иван Петров', position: 'начальник управления', organization: null, photo: '/abs/photo.png' });
    expect(view.lead).toEqual([
      [
        { text: 'Первый абзац с ', bold: false, italic: false },
        { text: 'главным', bold: true, italic: false },
        { text: '.', bold: false, italic: false },
      ],
      [{ text: 'Второй абзац.', bold: false, italic: false }],
    ]);
    expect(view.sections[0]?.points).toEqual(['пункт один', 'пункт два']);
    expect(view.sections[1]).toEqual({ title: 'Только пункты', paragraphs: null, points: ['a'] });
    expect(view.results).toEqual(['Ликвидирована лаборатория']);
    expect(view.contacts).toEqual([{ label: 'Телефон доверия', value: '102' }]);
  });

  test('figures: display, share, change, depth', () => {
    const [total, sbyt, dangling, kg] = view.statistics[0]!.items;
    expect(total).toMatchObject({ display: `698${S}фактов`, depth: 0, share: null, changeDirection: 'up', previous: `620${S}фактов` });
    expect(total!.change).toBe(`+12,6${S}% к прошлому периоду`);
    expect(sbyt).toMatchObject({ display: `207${S}фактов`, of: 'total', depth: 1, share: `29,7${S}% от${S}698`, sharePercent: 29.7 });
    expect(dangling).toMatchObject({ depth: 0, share: null });
    expect(kg).toMatchObject({ display: `почти${S}46${S}кг`, id: 'kg', number: 46 });
    const synth = view.statistics[1]!.items[1]!;
    expect(synth).toMatchObject({ depth: 1, share: `27,2${S}% от${S}46` });
  });

  test('an `of` resolves across statistics and legal changes', () => {
    const repeat = view.legal[0]!.items[1]!;
    expect(repeat).toMatchObject({ depth: 1, share: `0${S}% от${S}698`, sharePercent: 0 });
  });

  test('notes are numbered through the document, statistics then legal', () => {
    expect(view.statistics[0]!.notes).toEqual([{ mark: '1', text: 'По данным КПСиСУ' }]);
    expect(view.statistics[1]!.notes).toEqual([{ mark: '2', text: 'Оперативные данные' }]);
    expect(view.legal[0]!.notes).toEqual([{ mark: '3', text: 'С марта' }]);
    expect(view.statistics[0]!.items[1]!.noteMark).toBe('1');
    expect(view.statistics[0]!.items[0]!.noteMark).toBeNull();
  });

  test('key figures: top-level items with a unit, the first of each group first; never a bare number', () => {
    expect(view.keyFigures.map((f) => f.label)).toEqual(['Зарегистрировано', 'Раскрыто', 'Изъято']);
  });

  test('key: true picks the key figures, in data order', () => {
    const keyed = buildView({
      ...input,
      statistics: [
        {
          title: 'G',
          chart: 'auto',
          items: [
            { label: 'a', value: 1, unit: 'кг' },
            { label: 'b', value: 2, key: true },
            { label: 'c', value: 0, unit: 'кг', key: true },
          ],
        },
      ],
    });
    expect(keyed.keyFigures.map((f) => f.label)).toEqual(['b', 'c']);
  });

  test('legal changes', () => {
    const [koap, uk] = view.legal;
    expect(koap).toMatchObject({ act: 'КоАП РК', article: '440-1', title: 'Ответственность за пропаганду' });
    expect(nb(koap!.reference)).toBe('ст. 440-1 КоАП РК');
    expect(nb(koap!.effective!)).toBe('11 марта 2025 г.');
    expect(koap!.paragraphs).toEqual([
      [
        { text: 'Штраф ', bold: false, italic: false },
        { text: 'до', bold: false, italic: true },
        { text: ' 100 МРП', bold: false, italic: false },
      ],
    ]);
    expect(uk).toMatchObject({ reference: 'УК РК', article: null, effective: null, paragraphs: null, items: [], notes: [] });
  });

  test('quotes take the position of their speaker', () => {
    expect(view.quotes[0]).toMatchObject({ speaker: 'Иван Петров', position: 'начальник управления' });
    expect(view.quotes[1]).toMatchObject({ speaker: null, position: null });
  });

  test('every key is present on a minimal briefing', () => {
    const min = buildView({
      title: 'T',
      date: '2025-01-05',
      organization: 'O',
      lang: 'en',
      speakers: [{ name: 'N' }],
    });
    expect(min).toMatchObject({
      subtitle: null,
      time: null,
      city: null,
      venue: null,
      logo: null,
      source: null,
      lead: null,
      keyFigures: [],
      sections: [],
      statistics: [],
      results: [],
      legal: [],
      quotes: [],
      contacts: [],
    });
    expect(nb(min.date)).toBe('5 January 2025');
    expect(nb(min.meta.subject)).toBe('Briefing, 5 January 2025');
    expect(min.meta.keywords).toBe('O');
  });

  test('legal items are key figures when there are no statistics; kk words', () => {
    const kk = buildView({ ...input, lang: 'kk', statistics: undefined });
    // Without statistics, «Из них повторно» points nowhere (`of: total`) and counts as top-level.
    // No figure has a unit: the non-zero ones stand in; «0» never does.
    expect(kk.keyFigures.map((f) => f.label)).toEqual(['Привлечены']);
    const legalOnly = buildView({
      ...input,
      statistics: undefined,
      legal: [
        {
          act: 'A',
          title: 'T',
          items: [
            { label: 'all', value: 10, id: 'all' },
            { label: 'part', value: 5, of: 'all' },
          ],
        },
      ],
    });
    expect(legalOnly.keyFigures.map((f) => f.label)).toEqual(['all']);
    expect(nb(kk.date)).toBe('2025 жылғы 3 желтоқсан');
    expect(nb(kk.legal[0]!.reference)).toBe('КоАП РК 440-1-бабы');
  });
});

describe('the view holds no Russian word in code', () => {
  test('no Cyrillic in src/view outside comments', () => {
    const dir = fileURLToPath(new URL('../../src/view/', import.meta.url));
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const code = readFileSync(dir + name, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(code, name).not.toMatch(/[\u0400-\u04FF]/);
    }
  });
});
