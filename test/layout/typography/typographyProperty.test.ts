import { describe, expect, it } from 'vitest';
import { applyTypography } from '../../../src/layout/typography/applyTypography.js';
import { typographRuns, typographText } from '../../../src/layout/typography/typograph.js';
import { isFlexible, preservedSkeleton } from '../../../src/layout/typography/textClasses.js';

/** Deterministic PRNG (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  // words
  'в',
  'на',
  'и',
  'по',
  'с',
  'для',
  'операция',
  'Наркотики',
  'кто-то',
  'ответственности',
  'ёлка',
  'ЁЖ',
  'ОПГ',
  'КоАП',
  'РК',
  'әр',
  'бала',
  'қылмыстық',
  'Тұрсынов',
  'жылғы',
  'желтоқсан',
  'ол',
  'да',
  'ж.',
  'a',
  'to',
  'the',
  'Smith',
  'December',
  "don't",
  'Art.',
  'No.',
  'p.',
  // numbers, dates, units
  '5',
  '46',
  '2025',
  '1 263',
  '55,6',
  '1.5',
  '440-1',
  '2025-12-03',
  '2024-2025',
  '10:00-12:00',
  '1-й',
  '25-ый',
  'г.',
  'гг.',
  'ст.',
  'ч.',
  'п.',
  'кг',
  'млн',
  'тыс.',
  'руб.',
  'коп.',
  'м2',
  'mm2',
  '°C',
  '5 C',
  '3 декабря',
  'XX в.',
  '8 (727) 123-45-67',
  '+7 727 1234567',
  '№',
  '№5',
  '§',
  '§12',
  '¶3',
  '%',
  // signs typograf would like to change
  '1/2',
  '3/4',
  '+-',
  '!=',
  '<=',
  '>=',
  '~=',
  '->',
  '<-',
  '10 x 5',
  '(c)',
  '(tm)',
  '(r)',
  '...',
  '!!',
  '?!',
  '!?',
  '..',
  ',,',
  '::',
  ';;',
  'т.е.',
  'т. д.',
  'p.s.',
  'P.S.',
  'как то',
  'из за',
  'из под',
  'кое как',
  'Пн-Пт',
  'ООО',
  'им.',
  'А.',
  'Б.',
  'J.',
  'lpi',
  'dpi',
  // markup-like text and entities
  '&amp;',
  '&nbsp;',
  '&#160;',
  '&quot;',
  '\\u00a0;',
  '<b>',
  '</b>',
  '<p>',
  '<!--',
  '-->',
  'http://a.kz/x-y?q="1"',
  'a@b.kz',
  // punctuation, quotes, dashes, spaces
  '"',
  '"',
  "'",
  '«',
  '»',
  '„',
  '“',
  '”',
  '-',
  '-',
  '--',
  '–',
  '—',
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
  ':',
  ';',
  '!',
  '?',
  '/',
  '*',
  '…',
  '\t',
  '\n',
  '  ',
  '\u00A0',
  '\u202F',
  '\uFEFF',
  '#',
  '{{',
  '}}',
];
const SEPARATORS = [' ', ' ', ' ', ' ', '', '\u00A0', '\n', '  '];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function randomText(rnd: () => number): string {
  const count = 1 + Math.floor(rnd() * 40);
  let text = '';
  for (let i = 0; i < count; i++) text += pick(rnd, PIECES) + pick(rnd, SEPARATORS);
  return text;
}

const lettersAndDigits = (text: string): string => (text.match(/[\p{L}\p{N}]/gu) ?? []).join('');
const stable = (text: string): string => [...text].filter((ch) => !isFlexible(ch)).join('');

describe.each(['ru', 'kk', 'en'] as const)('typography never changes the text itself (%s)', (lang) => {
  it('keeps letters, digits and every other sign in order', () => {
    const rnd = random(7919 + ['ru', 'kk', 'en'].indexOf(lang));
    for (let n = 0; n < 400; n++) {
      const input = randomText(rnd);
      const raw = applyTypography(input, lang);
      expect(lettersAndDigits(raw), input).toBe(lettersAndDigits(input));
      expect(preservedSkeleton(raw), input).toBe(preservedSkeleton(input));
      // The rules alone are safe, so the safety net never has to step in.
      expect(typographText(input, lang), input).toBe(raw);
    }
  });

  it('splits a paragraph back into runs that keep their own characters', () => {
    const rnd = random(104729 + ['ru', 'kk', 'en'].indexOf(lang));
    for (let n = 0; n < 200; n++) {
      const input = randomText(rnd);
      const cuts = [...new Set([0, input.length, ...Array.from({ length: 4 }, () => Math.floor(rnd() * input.length))])];
      cuts.sort((a, b) => a - b);
      const runs = cuts.slice(1).map((end, i) => ({ text: input.slice(cuts[i], end), bold: i % 2 === 1, italic: false }));
      const out = typographRuns(runs, lang);
      expect(out.map((run) => run.text).join(''), input).toBe(typographText(input, lang));
      expect(
        out.map((run) => stable(run.text)),
        input,
      ).toEqual(runs.map((run) => stable(run.text)));
      expect(out.map((run) => run.bold)).toEqual(runs.map((run) => run.bold));
    }
  });
});
