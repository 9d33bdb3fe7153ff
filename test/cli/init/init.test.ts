import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../../src/cli/main.js';
import { briefingJsonSchema } from '../../../src/cli/schema/briefingJsonSchema.js';
import { readPdf } from '../../support/readPdf.js';
import { captureIo, makeTree } from '../fakes.js';

const root = resolve(import.meta.dirname, '../../..');

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Every key the JSON Schema knows, at any depth. */
function schemaKeys(node: unknown, into = new Set<string>()): Set<string> {
  if (typeof node !== 'object' || node === null) return into;
  for (const [key, value] of Object.entries((node as { properties?: object }).properties ?? {})) {
    into.add(key);
    schemaKeys(value, into);
  }
  const items = (node as { items?: unknown }).items;
  if (items && !Array.isArray(items)) schemaKeys(items, into);
  return into;
}

describe('briefing init', () => {
  it('writes a commented starter file that names the schema and shows every field', async () => {
    const dir = await makeTree({});
    const io = captureIo();
    expect(await runCli(['init', join(dir, 'data', 'new')], io)).toBe(0);
    const file = join(dir, 'data', 'new.yaml');
    expect(io.stdout).toEqual([`записан ${file}`]);
    const text = await readFile(file, 'utf8');

    const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
    expect(modeline).not.toBeNull();
    expect(resolve(dirname(file), modeline![1]!)).toBe(join(root, 'schema', 'briefing.schema.json'));

    const missing = [...schemaKeys(briefingJsonSchema())].filter((key) => !new RegExp(`^\\s*(#\\s*)?(- )?${key}:`, 'm').test(text));
    expect(missing).toEqual([]);
    expect(text).toMatch(/^# .*[а-яё]/m); // Russian comments
    const data = parse(text) as { date: string };
    expect(data.date).toBe(today());

    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strictRequired: false });
    expect(ajv.validate(briefingJsonSchema(), data), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('gives a file that renders as it is', async () => {
    const dir = await makeTree({});
    const file = join(dir, 'briefing.yaml');
    expect(await runCli(['init', file], captureIo())).toBe(0);
    const out = join(dir, 'out');
    const io = captureIo();
    expect(await runCli(['render', file, '--out', out], io)).toBe(0);
    expect(io.stderr.filter((l) => !/предупрежд/i.test(l) && !l.startsWith('  '))).toEqual([]);
    const pdf = await readPdf(new Uint8Array(await readFile(join(out, 'briefing.handout.pdf'))));
    const text = pdf.pages
      .map((p) => p.text)
      .join('\n')
      .replace(/\s+/g, ' ');
    expect(pdf.info.Title).toBe('Итоги работы полиции за 11 месяцев');
    for (const expected of ['Айгерим Садыкова', '1 263', '46', '440-1', '683', '102']) expect(text).toContain(expected);
  }, 60_000);

  it('keeps an existing file unless --force, and refuses a .json name', async () => {
    const dir = await makeTree({ 'mine.yaml': 'title: моё\n' });
    const file = join(dir, 'mine.yaml');
    const io = captureIo();
    expect(await runCli(['init', file], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain(`Файл ${file} уже есть и не перезаписан`);
    expect(readFileSync(file, 'utf8')).toBe('title: моё\n');

    expect(await runCli(['init', file, '--force'], captureIo())).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('yaml-language-server');

    const json = captureIo();
    expect(await runCli(['init', join(dir, 'x.json')], json)).toBe(2);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
    await writeFile(join(dir, 'keep.yml'), 'x');
    expect(await runCli(['init', join(dir, 'keep.yml')], captureIo())).toBe(1);
  });
});
