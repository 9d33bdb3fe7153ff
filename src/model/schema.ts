import { z } from 'zod';

/**
 * The data format of CONTRACT.md as one zod schema. The TypeScript types of
 * the briefing are inferred from it, and the JSON Schema for editors is
 * generated from it: this file is the single source of truth.
 *
 * Plain strings accept a bare number and read it as its text (`article: 608`);
 * the loader puts back the number's source text where the format keeps it.
 */
const plain = () => z.union([z.string(), z.number().transform((n) => String(n))]);
/** A text: paragraphs separated by blank lines, `**bold**` and `*italic*`. */
const text = plain;

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
export const ID = /^[a-z0-9-]+$/;

export const isoDate = () =>
  z
    .string()
    .regex(ISO_DATE)
    .refine((s) => isRealDate(s), { params: { kind: 'real-date' } });

export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: that one reads the years 0–99 as 1900–1999
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  return y >= 1 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** An `id`/`of`: `[a-z0-9-]+`; a bare whole number (`id: 2024`) is read as its text. */
const idText = () =>
  z.union([
    z.string().regex(ID),
    z
      .int()
      .nonnegative()
      .transform((n) => String(n)),
  ]);

export const unitSchema = z.union([plain(), z.tuple([plain(), plain(), plain()])]);

export const statItemSchema = z.strictObject({
  label: plain().describe('Что считали: «зарегистрировано фактов»'),
  value: z.number().describe('Цифра: целое или дробное число (55.6), без кавычек и пробелов'),
  unit: unitSchema.optional().describe('Единица после цифры: «кг», «%» или три формы [факт, факта, фактов] — нужная выбирается по числу'),
  qualifier: plain().optional().describe('Слово перед цифрой: «почти», «более», «около»'),
  id: idText().optional().describe('Имя показателя для ссылок через of: латиница, цифры, дефис (facts, crimes-2025); уникально в файле'),
  of: idText().optional().describe('id другого показателя, частью которого является этот (207 из 698): шаблон покажет долю'),
  previous: z.number().optional().describe('Та же цифра за период сравнения: шаблон покажет изменение'),
  note: plain().optional().describe('Сноска к показателю'),
  key: z.boolean().optional().describe('Ключевая цифра: показать крупно в начале раздатки (по порядку, до четырёх)'),
});

export const statGroupSchema = z.strictObject({
  title: plain().describe('Заголовок группы показателей'),
  period: plain().optional().describe('Период: «с начала 2025 года»'),
  chart: z
    .enum(['auto', 'bar', 'none'])
    .default('auto')
    .describe('Диаграмма: auto (по умолчанию — программа решает сама), bar (столбцы), none (без диаграммы)'),
  items: z.array(statItemSchema).min(1).describe('Показатели группы (хотя бы один)'),
});

export const speakerSchema = z.strictObject({
  name: plain().describe('Имя и фамилия спикера'),
  position: plain().optional().describe('Должность'),
  organization: plain().optional().describe('Организация спикера'),
  photo: plain().optional().describe('Фото: файл PNG, JPEG или SVG, путь относительно файла данных'),
});

export const sectionSchema = z
  .strictObject({
    title: plain().describe('Заголовок раздела'),
    text: text().optional().describe('Текст раздела: абзацы через пустую строку, **жирный**, *курсив*. Нужен text или points'),
    points: z.array(plain()).optional().describe('Пункты списка (печатаются с маркерами). Нужен text или points'),
  })
  .refine((s) => s.text !== undefined || s.points !== undefined, {
    params: { kind: 'section-content' },
  });

export const legalChangeSchema = z.strictObject({
  act: plain().describe('Нормативный акт: «КоАП РК», «УК РК»'),
  article: plain().optional().describe('Статья: «440-1»'),
  title: plain().describe('Название статьи или изменения'),
  effective: isoDate().optional().describe('Дата вступления в силу, ГГГГ-ММ-ДД'),
  text: text().optional().describe('Описание изменения: абзацы через пустую строку, **жирный**, *курсив*'),
  items: z.array(statItemSchema).optional().describe('Цифры по этой статье (те же правила, что у показателей статистики)'),
});

export const quoteSchema = z.strictObject({
  text: text().describe('Прямая речь: абзацы через пустую строку, **жирный**, *курсив*'),
  speaker: plain().optional().describe('Кто сказал: name одного из speakers, в точности'),
});

export const contactSchema = z.strictObject({
  label: plain().describe('Что это: «Телефон доверия»'),
  value: plain().describe('Номер, адрес или сайт: «102»'),
});

export const briefingSchema = z.strictObject({
  title: plain().describe('Заголовок брифинга'),
  subtitle: plain().optional().describe('Вторая строка под заголовком'),
  date: isoDate().describe('День брифинга: ГГГГ-ММ-ДД (2025-12-03)'),
  time: z.string().regex(HH_MM).optional().describe('Время начала: ЧЧ:ММ (10:30)'),
  city: plain().optional().describe('Город'),
  venue: plain().optional().describe('Место проведения: «Региональная служба коммуникаций»'),
  organization: plain().describe('Кто проводит брифинг'),
  logo: plain().optional().describe('Логотип: файл PNG, JPEG или SVG, путь относительно файла данных'),
  lang: z.enum(['ru', 'kk', 'en']).default('ru').describe('Язык подписей, дат и чисел шаблона: ru (по умолчанию), kk, en; текст остаётся как написан'),
  source: plain().optional().describe('Строка об источнике: «По материалам BAQ.KZ»'),
  speakers: z.array(speakerSchema).min(1).describe('Спикеры (хотя бы один)'),
  lead: text().optional().describe('Вступление: абзацы через пустую строку, **жирный**, *курсив*'),
  sections: z.array(sectionSchema).optional().describe('Разделы рассказа, по порядку'),
  statistics: z.array(statGroupSchema).optional().describe('Группы показателей (цифры)'),
  results: z.array(plain()).optional().describe('Итоги операций: «Ликвидирована подпольная лаборатория»'),
  legal: z.array(legalChangeSchema).optional().describe('Изменения в законодательстве'),
  quotes: z.array(quoteSchema).optional().describe('Цитаты (прямая речь)'),
  contacts: z.array(contactSchema).optional().describe('Контакты: телефоны доверия, пресс-служба, сайт'),
});

/** A validated briefing. `logo` and `photo` are absolute paths after loading. */
export type Briefing = z.output<typeof briefingSchema>;
export type BriefingInput = z.input<typeof briefingSchema>;
export type Speaker = Briefing['speakers'][number];
export type Section = NonNullable<Briefing['sections']>[number];
export type StatGroup = NonNullable<Briefing['statistics']>[number];
/**
 * A figure as the loader gives it: besides `value` and `previous`, the
 * digits they were written with (`valueDigits`, `previousDigits`: a plain
 * decimal, `-12.50`) where the number alone would print differently; the
 * view prints those digits. Filled in by the loader, never written in a data file.
 */
export type StatItem = StatGroup['items'][number] & { valueDigits?: string; previousDigits?: string };
export type LegalChange = NonNullable<Briefing['legal']>[number];
export type Quote = NonNullable<Briefing['quotes']>[number];
export type Contact = NonNullable<Briefing['contacts']>[number];
export type Lang = Briefing['lang'];
export type Unit = NonNullable<StatItem['unit']>;
