/**
 * Briefings much harder than the seed, for the decks: a group of 250 figures,
 * a long briefing with 12 sections, many results, quotes with a photo and a
 * contact that is a URL; built from the seed so that they stay valid data.
 */
import { resolve } from 'node:path';
import type { Briefing, StatItem } from '../../src/model/schema.js';

export const SEED = 'data/astana-2025-12-03.yaml';
export const LOGO = resolve('data/assets/almaty-police-logo.svg');
export const PHOTO = resolve('data/assets/speaker-placeholder.png');
export const BIG = 'Показатели по районам города и видам правонарушений';

/** 250 figures of one unit in one group, among the seed's groups. */
export function withBigGroup(seed: Briefing): Briefing {
  const figures: StatItem[] = Array.from({ length: 250 }, (_, i) => ({
    label: `Показатель ${i + 1} по району с довольно длинным названием`,
    value: 1000 + ((i * 37) % 250) * 13,
    unit: ['факт', 'факта', 'фактов'],
    ...(i === 3 ? { note: 'по данным камер автоматической фиксации' } : {}),
  }));
  return { ...seed, statistics: [...(seed.statistics ?? []), { title: BIG, period: 'за 2025 год', chart: 'auto', items: figures }] };
}

/** Everything long: 12 sections with points, six speakers, 9 results, 3 quotes, many groups, a URL contact, a logo. */
export function longBriefing(seed: Briefing): Briefing {
  const big = withBigGroup(seed);
  return {
    ...big,
    logo: LOGO,
    subtitle: 'Итоги работы за одиннадцать месяцев 2025 года',
    time: '11:00',
    speakers: Array.from({ length: 6 }, (_, i) => ({
      name: `Спикер ${i + 1}`,
      position: 'заместитель начальника управления по противодействию наркопреступности департамента полиции',
      ...(i === 0 ? { photo: PHOTO } : {}),
    })),
    sections: Array.from({ length: 12 }, (_, i) => ({
      title: `Раздел ${i + 1}: направление работы`,
      text: `Первое предложение раздела ${i + 1} о работе полиции. ${'Текст раздела, который длиннее, чем слайд может показать. '.repeat(12)}\n\nВторой абзац.`,
      points: Array.from({ length: i % 4 === 0 ? 9 : 2 }, (_, k) => `пункт ${k + 1} раздела ${i + 1}`),
    })),
    statistics: [
      ...(big.statistics ?? []),
      {
        title: 'Одна цифра',
        chart: 'auto',
        items: [
          {
            label: 'Изъято наркотических средств',
            value: 312.5,
            unit: ['килограмм', 'килограмма', 'килограммов'],
            qualifier: 'более',
            note: 'по данным экспертизы',
          },
        ],
      },
      {
        title: 'Шесть длинных показателей',
        chart: 'none' as const,
        items: Array.from({ length: 6 }, (_, i) => ({ label: `Показатель ${i + 1}: подпись в две строки на слайде, чуть длиннее`, value: i + 1 })),
      },
      {
        title: 'Цепочка частей',
        chart: 'none' as const,
        items: [
          ...Array.from({ length: 9 }, (_, i) => ({ id: `top-${i}`, label: `Всего по линии ${i + 1}`, value: 100 * (i + 1) })),
          { id: 'part-a', of: 'top-8', label: 'из них раскрыто', value: 400 },
          { id: 'part-b', of: 'part-a', label: 'из них в суде', value: 120 },
        ],
      },
    ],
    legal: [
      ...(seed.legal ?? []),
      {
        act: 'УК РК',
        article: '296',
        title: 'Незаконный оборот наркотических средств',
        text: `${'Длинный текст изменения в законодательстве. '.repeat(40)}\n\nКонец текста.`,
      },
    ],
    results: Array.from({ length: 9 }, (_, i) => `Результат ${i + 1}: задержаны участники преступной группы`),
    quotes: [
      { text: `${'Мы будем продолжать эту работу. '.repeat(20)}Конец цитаты.`, speaker: 'Спикер 1' },
      { text: 'Вторая цитата.', speaker: 'Спикер 2' },
      { text: 'Третья цитата.' },
    ],
    contacts: [
      { label: 'Телефон доверия', value: '102' },
      { label: 'Сайт', value: 'https://police.gov.kz/ru/astana' },
    ],
  };
}
