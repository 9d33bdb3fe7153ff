import type { BriefingView, FigureView, InlineRun, Paragraph } from '../../src/view/types.js';

/**
 * A complete, hand-written BriefingView (the Astana narcotics briefing of
 * 3 December 2025), for unit tests of the stages after `view`. Every key is
 * present, as buildView guarantees. `viewFixture()` returns a fresh copy.
 */
const NBSP = '\u00A0';

/** The words the handout uses, as in locales/ru.json. */
export const WORDS_RU: Record<string, string> = {
  pageOf: `Стр.${NBSP}{n} из${NBSP}{m}`,
  speakers: 'Спикеры',
  figure: 'Показатель',
  value: 'Значение',
  share: 'Доля',
  change: 'Изменение',
  changeHeader: 'Изменение к прошлому периоду',
  tableContinued: 'Продолжение таблицы',
  results: 'Результаты',
  legal: 'Изменения в законодательстве',
  effective: 'Действует с',
  quotes: 'Цитаты',
  contacts: 'Контакты',
};

/** Whether a table of these figures shows the share and the change columns (as buildFigures says). */
export function columns(items: readonly FigureView[]): { hasShare: boolean; hasChange: boolean } {
  return { hasShare: items.some((i) => i.share !== null), hasChange: items.some((i) => i.change !== null) };
}

export function plain(text: string): Paragraph {
  return [run(text)];
}

export function run(text: string, bold = false, italic = false): InlineRun {
  return { text, bold, italic };
}

export function figure(overrides: Partial<FigureView> & Pick<FigureView, 'label' | 'number'>): FigureView {
  const value = overrides.value ?? String(overrides.number);
  const unit = overrides.unit ?? null;
  const qualifier = overrides.qualifier ?? null;
  return {
    display: [qualifier, value, unit].filter((x) => x !== null).join(NBSP),
    qualifier,
    value,
    unit,
    id: null,
    of: null,
    depth: 0,
    share: null,
    sharePercent: null,
    change: null,
    changeValue: null,
    changeDirection: null,
    previous: null,
    note: null,
    noteMark: null,
    ...overrides,
  };
}

function build(): BriefingView {
  const facts = figure({
    label: 'Зарегистрировано фактов, связанных с синтетическими наркотиками',
    number: 698,
    value: '698',
    unit: 'фактов',
    id: 'facts',
    previous: '621 факт',
    change: `+12,4${NBSP}% к прошлому году`,
    changeValue: `+12,4${NBSP}%`,
    changeDirection: 'up',
  });
  const crimes = figure({
    label: 'Из них уголовных преступлений',
    number: 207,
    value: '207',
    id: 'crimes',
    of: 'facts',
    depth: 1,
    share: `29,7${NBSP}% от 698`,
    sharePercent: 29.7,
  });
  const sales = figure({
    label: 'В том числе случаев сбыта',
    number: 138,
    value: '138',
    of: 'crimes',
    depth: 2,
    share: `66,7${NBSP}% от 207`,
    sharePercent: 66.7,
    note: 'По данным ДП Астаны на 1 декабря.',
    noteMark: '1',
  });
  const seized = figure({ label: 'Изъято синтетических веществ', number: 46, value: '46', unit: 'кг', qualifier: 'почти' });
  const sites = figure({ label: 'Интернет-ресурсов направлено на блокировку', number: 1263, value: `1${NBSP}263`, unit: 'интернет-ресурса' });
  const cards = figure({ label: 'Заблокировано банковских карт', number: 2564, value: `2${NBSP}564` });
  const sum = figure({ label: 'На общую сумму', number: 55.6, value: '55,6', unit: 'млн тенге' });
  const cases = figure({ label: 'Возбуждено уголовных дел за пропаганду и рекламу', number: 13, value: '13', unit: 'дел' });
  const punished = figure({ label: 'Привлечены к ответственности', number: 683, value: '683', unit: 'человека', id: 'punished' });
  const arrested = figure({
    label: 'Из них получили административный арест',
    number: 510,
    value: '510',
    unit: 'человек',
    of: 'punished',
    depth: 1,
    share: `74,7${NBSP}% от 683`,
    sharePercent: 74.7,
    note: 'Арест сроком до 15 суток.',
    noteMark: '2',
  });

  return {
    lang: 'ru',
    words: { ...WORDS_RU },
    meta: {
      title: 'О противодействии наркопреступности в Астане',
      author: 'Департамент полиции города Астаны',
      subject: 'Брифинг 3 декабря 2025 г.',
      keywords: 'наркопреступность, синтетические наркотики',
      lang: 'ru',
      creationDate: new Date(Date.UTC(2025, 11, 3)),
    },
    title: 'О противодействии наркопреступности в Астане',
    subtitle: 'Итоги работы с начала 2025 года',
    date: '3 декабря 2025 г.',
    time: '11:00',
    city: 'Астана',
    venue: 'Региональная служба коммуникаций',
    organization: 'Департамент полиции города Астаны',
    logo: null,
    source: 'По материалам BAQ.KZ',
    speakerPhotos: false,
    speakers: [
      {
        name: 'Алия Кибаткызы',
        position: 'старший оперуполномоченный Управления по противодействию наркопреступности',
        organization: 'ДП Астаны',
        photo: null,
      },
      { name: 'Ержан Сапаров', position: null, organization: null, photo: null },
    ],
    lead: [
      [run('Наркопреступность продолжает оставаться одной из '), run('наиболее серьёзных угроз', true), run(' для общественной безопасности.')],
      [run('Основной источник — '), run('синтетические', false, true), run(' вещества из подпольных лабораторий.')],
    ],
    keyFigures: [facts, seized, sites, punished],
    sections: [
      {
        title: 'Синтетические наркотики',
        paragraphs: [plain('Благодаря доступности ингредиентов и продвижению через Интернет такие препараты быстро распространяются среди молодёжи.')],
        points: ['Выявление нарколабораторий', 'Пресечение деятельности онлайн-групп'],
      },
      { title: 'Методические рекомендации', paragraphs: [plain('Во все подразделения направлены рекомендации.')], points: null },
      { title: 'Задачи', paragraphs: null, points: ['Мониторинг интернет-пространства'] },
    ],
    statistics: [
      {
        title: 'Синтетические наркотики',
        period: 'с начала 2025 года',
        chart: null,
        items: [facts, crimes, sales, seized],
        notes: [{ mark: '1', text: 'По данным ДП Астаны на 1 декабря.' }],
        ...columns([facts, crimes, sales, seized]),
      },
      { title: 'Интернет', period: null, chart: null, items: [sites, cards, sum, cases], notes: [], ...columns([sites, cards, sum, cases]) },
    ],
    results: ['Пресечена деятельность трёх ОПГ', 'Ликвидирована подпольная лаборатория'],
    legal: [
      {
        act: 'КоАП РК',
        article: '440-1',
        reference: 'Статья 440-1 КоАП РК',
        title: 'Немедицинское употребление наркотиков',
        effective: '11 марта 2025 г.',
        paragraphs: [plain('Предусмотрена административная ответственность.')],
        items: [punished, arrested],
        notes: [{ mark: '2', text: 'Арест сроком до 15 суток.' }],
        ...columns([punished, arrested]),
      },
      {
        act: 'УК РК',
        article: null,
        reference: 'УК РК',
        title: 'Пропаганда наркотиков',
        effective: null,
        paragraphs: null,
        items: [],
        notes: [],
        hasShare: false,
        hasChange: false,
      },
    ],
    quotes: [
      { paragraphs: [plain('Все участники схем задержаны.')], speaker: 'Алия Кибаткызы', position: 'старший оперуполномоченный' },
      { paragraphs: [plain('Без подписи.')], speaker: null, position: null },
    ],
    contacts: [
      { label: 'Телефон доверия', value: '102' },
      { label: 'Сайт', value: 'police.kz' },
    ],
  };
}

export function viewFixture(): BriefingView {
  return structuredClone(build());
}
