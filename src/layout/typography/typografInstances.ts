import typografModule from 'typograf';

type TypografClass = typeof typografModule.default;
type TypografInstance = InstanceType<TypografClass>;
/*
 * typograf's typings describe a CommonJS module (default = the namespace),
 * but Node and vitest load its ES build, whose default export is the class.
 */
const loaded: unknown = typografModule;
const Typograf = ((loaded as { default?: TypografClass }).default ?? loaded) as TypografClass;

/** Languages the typographer knows; `kk` is set like Russian (Cyrillic, same norms). */
export type TypographyLang = 'ru' | 'kk' | 'en';

/**
 * Rules we allow, and only these: each one only turns spaces into
 * non-breaking ones (sometimes inserting one, as in «№5» → «№ 5»), straight
 * quotes into typographic ones, or a hyphen between spaces into a dash. Every
 * other rule is off, because the contract forbids changing a letter, a digit
 * or any other character (fractions, ±, ©, «...» → «…», dates, ordinals,
 * phone numbers, «как то» → «как-то», HTML escaping and linking…).
 */
const COMMON_RULES = [
  'common/space/delRepeatSpace',
  'common/punctuation/quote',
  'common/punctuation/apostrophe',
  'common/nbsp/afterShortWord',
  'common/nbsp/afterNumber',
  'common/nbsp/beforeShortLastWord',
  'common/nbsp/beforeShortLastNumber',
  'common/nbsp/afterSectionMark',
  'common/nbsp/afterParagraphMark',
];

const RU_RULES = [
  ...COMMON_RULES,
  'common/nbsp/afterShortWordByList',
  'ru/dash/main',
  'ru/nbsp/abbr',
  'ru/nbsp/addr',
  'ru/nbsp/afterNumberSign',
  'ru/nbsp/dayMonth',
  'ru/nbsp/mln',
  'ru/nbsp/ooo',
  'ru/nbsp/page',
  'ru/nbsp/rubleKopek',
  'ru/nbsp/see',
  'ru/nbsp/year',
];

const RULES: Record<TypographyLang, string[]> = {
  ru: [...RU_RULES, 'ru/nbsp/beforeParticle'],
  kk: RU_RULES,
  en: [...COMMON_RULES, 'en-US/dash/main'],
};

/**
 * An extra data-only "locale" whose letters typograf adds to the Russian
 * ones: its `ru/char` is `а-яё`, so without this a Kazakh short word like
 * «әр» would not count as a word. Rules still come from locale[0] = `ru`.
 */
const KAZAKH_LETTERS_LOCALE = 'kk';
let kazakhDataSet = false;

function localeFor(lang: TypographyLang): string[] {
  if (lang === 'en') return ['en-US'];
  if (!kazakhDataSet) {
    Typograf.setData({ [`${KAZAKH_LETTERS_LOCALE}/char`]: 'әғқңөұүһі' });
    kazakhDataSet = true;
  }
  return ['ru', KAZAKH_LETTERS_LOCALE];
}

const instances = new Map<TypographyLang, TypografInstance>();

/** The typograf instance of a language, created once per process. */
export function typografFor(lang: TypographyLang): TypografInstance {
  let tp = instances.get(lang);
  if (!tp) {
    tp = new Typograf({ locale: localeFor(lang), htmlEntity: { type: 'default' } });
    tp.disableRule('*');
    tp.enableRule(RULES[lang]);
    instances.set(lang, tp);
  }
  return tp;
}
