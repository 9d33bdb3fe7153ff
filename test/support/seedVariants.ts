/**
 * The seed briefing (data/astana-2025-12-03.yaml) and variants of it for the
 * Word and release tests: with a note, a quote and contacts, in kk and en.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadBriefing } from '../../src/pipeline.js';
import type { Briefing } from '../../src/model/schema.js';
import { writeBriefingFile } from './briefingFiles.js';

export const SEED = 'data/astana-2025-12-03.yaml';

type Data = Record<string, unknown> & { statistics: { items: Record<string, unknown>[] }[] };

export function seedData(): Data {
  return parse(readFileSync(SEED, 'utf8')) as Data;
}

/** The seed with a footnote, a quote and contacts (the seed itself has none). */
export function richerSeed(lang: 'ru' | 'kk' | 'en' = 'ru'): Data {
  const data = seedData();
  data.statistics[0]!.items[3]!['note'] = 'По данным экспертизы, вес «нетто»';
  data.statistics[2]!.items[2]!['note'] = 'Сумма на 1 декабря';
  data['quotes'] = [{ text: 'Мы "не остановимся" - работа **продолжается**.', speaker: 'Алия Кибаткызы' }];
  data['contacts'] = [
    { label: 'Телефон доверия', value: '102' },
    { label: 'Сайт', value: 'police.kz/astana' },
  ];
  data['lang'] = lang;
  data['time'] = '11:00';
  return data;
}

export async function loadData(data: unknown): Promise<Briefing> {
  return loadBriefing(writeBriefingFile(data));
}
