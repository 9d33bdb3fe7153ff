/**
 * No word on top of another, in handouts and decks of very different
 * briefings: the examples, Kazakh and English, a minimal one, 250 figures in
 * one group, 12 sections, long texts.
 */
import { describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing, type Format } from '../../src/pipeline.js';
import { validateBriefing } from '../../src/model/validateBriefing.js';
import type { Briefing } from '../../src/model/schema.js';
import { readPdf } from '../support/readPdf.js';
import { overlappingText } from '../support/overlaps.js';
import { textOutside } from '../support/pageArea.js';

const sentence = 'Полиция ежедневно мониторит интернет-пространство в поисках ресурсов, связанных с продажей наркотиков, и блокирует их.';
const big = (): Briefing =>
  validateBriefing({
    title: 'Итоги года: профилактика правонарушений и работа с обращениями граждан',
    subtitle: 'Расширенная коллегия',
    date: '2025-12-20',
    time: '10:00',
    city: 'Астана',
    venue: 'Зал коллегии',
    organization: 'Министерство внутренних дел Республики Казахстан',
    speakers: Array.from({ length: 4 }, (_, i) => ({
      name: `Спикер Номер${i}`,
      position: 'заместитель начальника департамента по очень длинному направлению работы',
    })),
    lead: `${sentence} ${sentence}`,
    sections: Array.from({ length: 12 }, (_, i) => ({
      title: `Раздел ${i + 1}`,
      text: `${sentence}\n\n${sentence}`,
      points: ['первый пункт', 'второй пункт с текстом подлиннее, чтобы он занял больше строки'],
    })),
    statistics: [
      {
        title: 'Много показателей',
        items: Array.from({ length: 250 }, (_, i) => ({
          label: `Показатель номер ${i + 1} с подписью`,
          value: i * 37.5,
          unit: ['факт', 'факта', 'фактов'],
          previous: i * 30,
        })),
      },
      {
        title: 'Цепочка',
        items: [
          { id: 'a', label: 'Всего', value: 698, unit: ['факт', 'факта', 'фактов'] },
          { id: 'b', of: 'a', label: 'Из них', value: 207 },
          { of: 'b', label: 'Из них сбыт', value: 138 },
        ],
      },
    ],
    results: Array.from({ length: 8 }, () => sentence),
    legal: [
      {
        act: 'КоАП РК',
        article: '440-1',
        title: 'Длинная статья',
        effective: '2025-03-11',
        text: Array.from({ length: 10 }, () => sentence).join(' '),
        items: [{ label: 'Привлечены', value: 683, unit: ['человек', 'человека', 'человек'] }],
      },
    ],
    quotes: [{ text: Array.from({ length: 6 }, () => sentence).join(' '), speaker: 'Спикер Номер0' }],
    contacts: [
      { label: 'Телефон доверия', value: '102' },
      { label: 'Сайт', value: 'https://www.gov.kz/memleket/entities/qriim/press/news' },
    ],
  });

const cases: [string, () => Promise<Briefing>][] = [
  ['the seed', () => loadBriefing('data/astana-2025-12-03.yaml')],
  ['the second example', () => loadBriefing('data/almaty-road-safety-2025.yaml')],
  ['the seed in Kazakh words', async () => ({ ...(await loadBriefing('data/astana-2025-12-03.yaml')), lang: 'kk' as const })],
  ['the seed in English words', async () => ({ ...(await loadBriefing('data/astana-2025-12-03.yaml')), lang: 'en' as const })],
  ['a minimal briefing', async () => validateBriefing({ title: 'Т', date: '2025-01-01', organization: 'О', speakers: [{ name: 'И' }] })],
  ['a big briefing', async () => big()],
];

describe.each(cases)('%s', (_name, make) => {
  it.each(['handout', 'slides'] as Format[])(
    'has no word on top of another and none outside the 14 pt safe area (%s)',
    async (format) => {
      const pdf = await readPdf(await renderBriefing(await make(), { format }));
      expect(overlappingText(pdf)).toEqual([]);
      expect(textOutside(pdf, 14)).toEqual([]);
    },
    120_000,
  );
});

describe('the overlap check itself', () => {
  const item = (str: string, x: number, y: number, width: number) => ({ str, x, y, width, height: 10, fontName: 'F' });
  const pdf = (items: ReturnType<typeof item>[]) => ({
    pages: [{ text: '', items, width: 595, height: 842, structTree: null }],
    info: {},
    xmp: null,
    fonts: [],
  });

  it('finds two words drawn on top of each other, and not two words side by side or one line under another', () => {
    expect(overlappingText(pdf([item('one', 100, 100, 40), item('two', 120, 102, 40)]))).toHaveLength(1);
    expect(overlappingText(pdf([item('one', 100, 100, 40), item('two', 140, 100, 40)]))).toEqual([]);
    expect(overlappingText(pdf([item('one', 100, 100, 40), item('two', 100, 112, 40)]))).toEqual([]);
  });
});
