/**
 * Russian typesetting on paper (issue 3): a long briefing rendered, then read
 * back line by line from the PDF.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderBriefing } from '../src/pipeline.js';
import { validateBriefing } from '../src/model/validateBriefing.js';
import { readPdf } from './support/readPdf.js';
import { pdfLines } from './support/pdfLines.js';

const SENTENCES = [
  'Наркопреступность продолжает оставаться одной из наиболее серьёзных угроз для общественной безопасности, влияя на здоровье жителей и социальную стабильность.',
  'По её словам, основным источником распространения наркотиков в столице остаются синтетические вещества, которые производятся в подпольных лабораториях.',
  'В этой связи перед полицейскими поставлены задачи по активному выявлению нарколабораторий и пресечению деятельности преступных групп - это главное.',
  'Операция "Мак" проводится в соответствии с приказом № 5 и § 12 инструкции, утверждённой в 2025 г. министром А. Б. Ахметовым.',
  'Для повышения эффективности борьбы во все подразделения департамента были направлены методические рекомендации по выявлению и предупреждению наркопреступлений.',
  'Полиция ежедневно мониторит интернет-пространство в поисках ресурсов, связанных с продажей наркотиков, и в том числе в мессенджерах.',
];

const paragraph = (k: number) => Array.from({ length: 4 }, (_, i) => SENTENCES[(k + i) % SENTENCES.length]).join(' ');

const briefing = validateBriefing({
  title: 'Противодействие наркопреступности в Астане',
  date: '2025-12-03',
  organization: 'Департамент полиции города Астаны',
  speakers: [{ name: 'Алия Кибаткызы', position: 'старший оперуполномоченный' }],
  lead: paragraph(0),
  sections: Array.from({ length: 12 }, (_, k) => ({ title: `Раздел ${k + 1}: работа по линии "Синтетика"`, text: `${paragraph(k)}\n\n${paragraph(k + 3)}` })),
});

describe('typesetting of a long Russian briefing', () => {
  let lines: string[];
  beforeAll(async () => {
    const pdf = await readPdf(await renderBriefing(briefing));
    lines = pdfLines(pdf).flat();
  });

  it('ends no line in a one- or two-letter word', () => {
    const bad = lines.filter((l) => /(^|\s)[\p{L}]{1,2}$/u.test(l));
    expect(bad).toEqual([]);
  });

  it('starts no line with a dash', () => {
    expect(lines.filter((l) => /^[—–]/.test(l))).toEqual([]);
  });

  it('divides words at line ends with a hyphen in long body text', () => {
    const hyphenated = lines.filter((l) => /\p{Ll}-$/u.test(l));
    expect(hyphenated.length).toBeGreaterThan(3);
  });

  it('never divides a name or a capitalised word', () => {
    expect(lines.filter((l) => /(^|\s)\p{Lu}\p{Ll}*-$/u.test(l))).toEqual([]);
    expect(lines.some((l) => /Кибат-|Ахме-/.test(l))).toBe(false);
  });

  it('sets straight quotes as «ёлочки» and a spaced hyphen as an em dash', () => {
    const text = lines.join(' ');
    expect(text).toContain('«Мак»');
    expect(text).toContain('«Синтетика»');
    expect(text).not.toContain('"');
    expect(text).toContain(' — это главное');
  });

  it('keeps «№ 5», «§ 12» and «2025 г.» on one line', () => {
    const text = lines.join('\n');
    expect(text).toMatch(/№ 5/);
    expect(text).toMatch(/§ 12/);
    expect(text).toMatch(/2025 г\./);
  });
});
