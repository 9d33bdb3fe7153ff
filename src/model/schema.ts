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
  z.string().regex(ISO_DATE).refine((s) => isRealDate(s), { params: { kind: 'real-date' } });

export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** An `id`/`of`: `[a-z0-9-]+`; a bare whole number (`id: 2024`) is read as its text. */
const idText = () => z.union([z.string().regex(ID), z.int().nonnegative().transform((n) => String(n))]);

export const unitSchema = z.union([plain(), z.tuple([plain(), plain(), plain()])]);

export const statItemSchema = z.strictObject({
  label: plain(),
  value: z.number(),
  unit: unitSchema.optional(),
  qualifier: plain().optional(),
  id: idText().optional(),
  of: idText().optional(),
  previous: z.number().optional(),
  note: plain().optional(),
});

export const statGroupSchema = z.strictObject({
  title: plain(),
  period: plain().optional(),
  chart: z.enum(['auto', 'bar', 'none']).default('auto'),
  items: z.array(statItemSchema).min(1),
});

export const speakerSchema = z.strictObject({
  name: plain(),
  position: plain().optional(),
  organization: plain().optional(),
  photo: plain().optional(),
});

export const sectionSchema = z
  .strictObject({
    title: plain(),
    text: text().optional(),
    points: z.array(plain()).optional(),
  })
  .refine((s) => s.text !== undefined || s.points !== undefined, {
    params: { kind: 'section-content' },
  });

export const legalChangeSchema = z.strictObject({
  act: plain(),
  article: plain().optional(),
  title: plain(),
  effective: isoDate().optional(),
  text: text().optional(),
  items: z.array(statItemSchema).optional(),
});

export const quoteSchema = z.strictObject({
  text: text(),
  speaker: plain().optional(),
});

export const contactSchema = z.strictObject({
  label: plain(),
  value: plain(),
});

export const briefingSchema = z.strictObject({
  title: plain(),
  subtitle: plain().optional(),
  date: isoDate(),
  time: z.string().regex(HH_MM).optional(),
  city: plain().optional(),
  venue: plain().optional(),
  organization: plain(),
  logo: plain().optional(),
  lang: z.enum(['ru', 'kk', 'en']).default('ru'),
  source: plain().optional(),
  speakers: z.array(speakerSchema).min(1),
  lead: text().optional(),
  sections: z.array(sectionSchema).optional(),
  statistics: z.array(statGroupSchema).optional(),
  results: z.array(plain()).optional(),
  legal: z.array(legalChangeSchema).optional(),
  quotes: z.array(quoteSchema).optional(),
  contacts: z.array(contactSchema).optional(),
});

/** A validated briefing. `logo` and `photo` are absolute paths after loading. */
export type Briefing = z.output<typeof briefingSchema>;
export type BriefingInput = z.input<typeof briefingSchema>;
export type Speaker = Briefing['speakers'][number];
export type Section = NonNullable<Briefing['sections']>[number];
export type StatGroup = NonNullable<Briefing['statistics']>[number];
export type StatItem = StatGroup['items'][number];
export type LegalChange = NonNullable<Briefing['legal']>[number];
export type Quote = NonNullable<Briefing['quotes']>[number];
export type Contact = NonNullable<Briefing['contacts']>[number];
export type Lang = Briefing['lang'];
export type Unit = NonNullable<StatItem['unit']>;
