import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCHEMA_FILE, briefingJsonSchema, briefingJsonSchemaText } from '../../../src/cli/schema/briefingJsonSchema.js';

const root = resolve(import.meta.dirname, '../../..');
const examples = ['data/astana-2025-12-03.yaml', 'data/almaty-road-safety-2025.yaml'];
const readYaml = (path: string): unknown => parse(readFileSync(join(root, path), 'utf8'), { schema: 'core' });

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, strictRequired: false });
const validate = ajv.compile(briefingJsonSchema());
const errorsOf = (data: unknown): string[] => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`));

/** The smallest valid briefing, to spoil one field at a time. */
const minimal = () => ({
  title: 'Брифинг',
  date: '2025-12-03',
  organization: 'ДП',
  speakers: [{ name: 'Иванов' }],
  statistics: [{ title: 'Итоги', items: [{ label: 'изъято', value: 46, unit: 'кг', id: 'seized' }] }],
  sections: [{ title: 'Раздел', text: 'Текст' }],
});

describe('schema/briefing.schema.json', () => {
  it('is the committed result of a fresh generation (run `npm run schema` after changing src/model/schema.ts)', () => {
    expect(readFileSync(join(root, SCHEMA_FILE), 'utf8')).toBe(briefingJsonSchemaText());
  });

  it('is a valid draft-07 schema that accepts both example files', () => {
    for (const file of examples) expect(errorsOf(readYaml(file)), file).toEqual([]);
    expect(errorsOf(minimal())).toEqual([]);
  });

  it('accepts what people write: bare numbers as text, three unit forms, a numeric id', () => {
    const data = minimal();
    Object.assign(data.statistics[0]!.items[0]!, { unit: ['факт', 'факта', 'фактов'], id: 2024, label: 1e3 });
    expect(errorsOf({ ...data, contacts: [{ label: 'Телефон', value: 102 }], time: '10:30', lang: 'kk' })).toEqual([]);
  });

  it.each<[string, (d: ReturnType<typeof minimal> & Record<string, unknown>) => void, string]>([
    [
      'a figure written as text',
      (d) => {
        (d.statistics[0]!.items[0] as Record<string, unknown>).value = 'сто';
      },
      '/statistics/0/items/0/value type',
    ],
    [
      'a misspelt key',
      (d) => {
        d.spekers = d.speakers;
      },
      ' additionalProperties',
    ],
    [
      'no speakers',
      (d) => {
        d.speakers = [];
      },
      '/speakers minItems',
    ],
    [
      'a missing title',
      (d) => {
        delete (d as Record<string, unknown>).title;
      },
      ' required',
    ],
    [
      'a date written the Russian way',
      (d) => {
        d.date = '03.12.2025';
      },
      '/date pattern',
    ],
    [
      'a time without the leading zero',
      (d) => {
        d.time = '9:00';
      },
      '/time pattern',
    ],
    [
      'an unknown chart',
      (d) => {
        (d.statistics[0] as Record<string, unknown>).chart = 'pie';
      },
      '/statistics/0/chart enum',
    ],
    [
      'an unknown language',
      (d) => {
        d.lang = 'kz';
      },
      '/lang enum',
    ],
    [
      'an id with capitals',
      (d) => {
        (d.statistics[0]!.items[0] as Record<string, unknown>).id = 'Facts';
      },
      '/statistics/0/items/0/id pattern',
    ],
    [
      'two unit forms instead of three',
      (d) => {
        (d.statistics[0]!.items[0] as Record<string, unknown>).unit = ['факт', 'фактов'];
      },
      '/statistics/0/items/0/unit minItems',
    ],
    [
      'a section with neither text nor points',
      (d) => {
        d.sections = [{ title: 'Пусто' } as never];
      },
      '/sections/0 anyOf',
    ],
    [
      'a speaker as a plain string',
      (d) => {
        d.speakers = ['Иванов' as never];
      },
      '/speakers/0 type',
    ],
  ])('rejects %s', (_name, spoil, expected) => {
    const data = minimal() as ReturnType<typeof minimal> & Record<string, unknown>;
    spoil(data);
    expect(errorsOf(data)).toContain(expected);
  });

  it('describes every field in Russian, for the editor to show', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const props = (node as { properties?: Record<string, unknown> }).properties;
      for (const [key, value] of Object.entries(props ?? {})) {
        const description = (value as { description?: string }).description;
        if (!description || !/[а-яё]/i.test(description)) missing.push(`${path}${key}`);
        walk(value, `${path}${key}.`);
      }
      const items = (node as { items?: unknown }).items;
      if (items && !Array.isArray(items)) walk(items, path);
    };
    walk(briefingJsonSchema(), '');
    expect(missing).toEqual([]);
  });
});
