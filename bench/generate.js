// Generated briefings for the benchmark: many figures, long texts, varied documents.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const BASE = { title: 'Брифинг', date: '2025-12-03', organization: 'Департамент полиции', speakers: [{ name: 'Иванов Иван' }] };

/** A briefing of `n` figures in groups of `perGroup`. */
export function figures(n, perGroup) {
  const statistics = [];
  for (let k = 0; k < n; k += perGroup) {
    const items = [];
    for (let i = k; i < Math.min(n, k + perGroup); i++) items.push({ label: `Показатель ${i + 1}`, value: i * 7 + 0.5, unit: ['факт', 'факта', 'фактов'] });
    statistics.push({ title: `Группа ${statistics.length + 1}`, items });
  }
  return { ...BASE, statistics };
}

/** A briefing of `sections` sections of three paragraphs of pseudo-random words (about 1.3 pages per 3 sections). */
export function longText(sections, seed = 1) {
  const words = 'полиция провела рейд изъято почти килограммов синтетических веществ задержаны участники группы возбуждено уголовное дело'.split(' ');
  let s = seed;
  const next = () => (s = (s * 48271) % 2147483647);
  const paragraph = () => Array.from({ length: 60 }, () => words[next() % words.length]).join(' ') + '.';
  return {
    ...BASE,
    sections: Array.from({ length: sections }, (_, i) => ({ title: `Раздел ${i + 1}`, text: [paragraph(), paragraph(), paragraph()].join('\n\n') })),
  };
}

/** `n` different briefings made from the seed files: titles, figures and order of sections vary. */
export function variedBriefings(files, n) {
  const seeds = files.map((f) => parse(readFileSync(f, 'utf8')));
  return Array.from({ length: n }, (_, i) => {
    const data = structuredClone(seeds[i % seeds.length]);
    data.title = `${data.title} (${i + 1})`;
    for (const group of data.statistics ?? []) for (const item of group.items ?? []) if (typeof item.value === 'number') item.value += i;
    if (i % 3 === 1 && data.sections) data.sections.reverse();
    if (i % 4 === 2) delete data.quotes;
    return data;
  });
}
