import { z } from 'zod';
import { briefingSchema, sectionSchema } from '../../model/schema.js';

/** Where the generated schema lives, relative to the package root. */
export const SCHEMA_FILE = 'schema/briefing.schema.json';

type JsonObject = Record<string, unknown>;

/**
 * The JSON Schema (draft-07, which every editor's YAML/JSON language server
 * reads) of the data format, generated from the zod schema the loader
 * validates with. The input side is described (`io: 'input'`): what a person
 * may write, before defaults and number-to-text readings are applied.
 * What JSON Schema cannot say is left to `briefing validate` (a real calendar
 * date, `of` and quote `speaker` pointing somewhere, unique ids, image files),
 * except «a section needs `text` or `points`», which is added here.
 */
export function briefingJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(briefingSchema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === sectionSchema) {
        ctx.jsonSchema.anyOf = [{ required: ['text'] }, { required: ['points'] }];
      }
    },
  }) as JsonObject;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Пресс-брифинг',
    description: 'Файл данных брифинга для программы briefing: по нему печатаются раздаточные материалы (A4) и слайды. Описание полей: docs/data-format.md',
    ...rest,
  };
}

/** The text of schema/briefing.schema.json: two-space JSON with a final newline. */
export function briefingJsonSchemaText(): string {
  return `${JSON.stringify(briefingJsonSchema(), null, 2)}\n`;
}
