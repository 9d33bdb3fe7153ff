#!/usr/bin/env node
// Writes schema/briefing.schema.json from the zod schema of src/model/schema.ts
// (through the built dist/): `npm run schema`; `npm run build` runs it too, so
// the file never drifts from the validator. A test compares the committed file
// with a fresh generation.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const built = resolve(root, 'dist/cli/schema/briefingJsonSchema.js');
if (!existsSync(built)) {
  console.error('generate-schema: dist/ is missing: run `npm run build` (it builds and then generates the schema)');
  process.exit(1);
}
const { SCHEMA_FILE, briefingJsonSchemaText } = await import(built);
const target = resolve(root, SCHEMA_FILE);
const text = briefingJsonSchemaText();
const old = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
if (old !== text) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`generate-schema: ${SCHEMA_FILE} written`);
}
