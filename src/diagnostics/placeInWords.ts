/**
 * A data path as people say it, counting from 1:
 * `statistics[1].items[2].value` → «статистика, группа 2, показатель 3, значение».
 */
const FIELDS: Record<string, string> = {
  title: 'заголовок',
  subtitle: 'подзаголовок',
  date: 'дата',
  time: 'время',
  city: 'город',
  venue: 'место',
  organization: 'организация',
  logo: 'логотип',
  lang: 'язык',
  source: 'источник',
  lead: 'вступление',
  name: 'имя',
  position: 'должность',
  photo: 'фото',
  text: 'текст',
  period: 'период',
  chart: 'диаграмма',
  label: 'подпись',
  value: 'значение',
  unit: 'единица',
  qualifier: 'уточнение',
  id: 'идентификатор',
  of: 'часть от (of)',
  previous: 'прошлое значение',
  note: 'примечание',
  act: 'акт',
  article: 'статья',
  effective: 'вступает в силу',
  speaker: 'выступающий',
};

/** Lists: the list's own name, and what one element of it is called. */
const LISTS: Record<string, [string, string]> = {
  speakers: ['выступающие', 'выступающий'],
  sections: ['разделы', 'раздел'],
  statistics: ['статистика', 'группа'],
  results: ['результаты', 'пункт'],
  legal: ['изменения законодательства', 'изменение'],
  quotes: ['цитаты', 'цитата'],
  contacts: ['контакты', 'контакт'],
  points: ['пункты', 'пункт'],
  items: ['показатели', 'показатель'],
  unit: ['единица', 'форма'],
};

const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;

export function placeInWords(path: string): string | undefined {
  const words: string[] = [];
  let list: string | undefined;
  for (const m of path.matchAll(SEGMENT)) {
    if (m[2] !== undefined) {
      const item = list && Object.hasOwn(LISTS, list) ? LISTS[list]?.[1] : undefined;
      words.push(`${item ?? 'элемент'} ${Number(m[2]) + 1}`);
      list = undefined;
      continue;
    }
    const key = m[1]!;
    list = key;
    const listName = Object.hasOwn(LISTS, key) ? LISTS[key]?.[0] : undefined;
    // a list and its element read as one: «статистика, группа 2», not «статистика, статистика 2»
    words.push(listName ?? (Object.hasOwn(FIELDS, key) ? FIELDS[key] : undefined) ?? `поле «${key}»`);
  }
  // a list's own name is dropped after the first level: «группа 2, показатель 3», not «группа 2, показатели, показатель 3»
  const out = words.filter((w, i) => !(i > 0 && Object.values(LISTS).some(([name]) => name === w) && /\d$/.test(words[i + 1] ?? '')));
  return out.length > 0 ? out.join(', ') : undefined;
}
