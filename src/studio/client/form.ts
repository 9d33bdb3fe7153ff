import type { Document } from 'yaml';
import { button, el, t } from './dom.js';
import { addItem, moveItem, parseForForm, removeItem, setValue, valueAt } from './formEdit.js';
import type { DataPath } from './formEdit.js';
import { pick } from './schemaHelp.js';
import type { SchemaNode } from './schemaHelp.js';

/** Lists of the top level the form shows, in this order; their fields come from the schema. */
const LISTS = ['speakers', 'statistics', 'legal', 'quotes', 'contacts', 'sections'];
/** Lists of objects inside an item, shown as a table (figures of a group, of a legal change). */
const TABLES = ['items'];
/** Columns of a wide table (a figure has more fields than a row can show; the rest stay in the text). */
const TABLE_COLUMNS = ['label', 'value', 'unit', 'qualifier', 'previous'];
/** Fields written as paragraphs. */
const LONG = new Set(['lead', 'text']);

export interface FormHost {
  text(): string;
  /** The form changed the text (a field: `rebuild` false, keeps the focus). */
  change(text: string, rebuild: boolean): void;
}

function label(node: SchemaNode, key: string): string {
  const d = node.description ?? key;
  return d.split(/[:.(,;]/)[0]!.trim() || key;
}

function typesOf(node: SchemaNode): (string | undefined)[] {
  const own = Array.isArray(node.type) ? node.type : [node.type];
  return [...own, ...[...(node.anyOf ?? []), ...(node.oneOf ?? [])].flatMap(typesOf)];
}

function isScalarField(node: SchemaNode): boolean {
  const types = typesOf(node);
  return node.enum !== undefined || types.includes('string') || types.includes('number') || types.includes('integer');
}

function isNumber(node: SchemaNode): boolean {
  return node.type === 'number' || node.type === 'integer';
}

function fieldValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

/** One input for a scalar at `path`, written back through the document model on input. */
function field(host: FormHost, doc: Document, path: DataPath, key: string, node: SchemaNode, inTable: boolean): HTMLElement {
  const value = fieldValue(valueAt(doc, path));
  const name = path.join('.');
  let input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  const values = pick(node, 'enum')?.enum;
  if (values) {
    input = el('select', { name });
    input.append(el('option', { value: '' }, '—'));
    for (const v of values) input.append(el('option', { value: String(v) }, String(v)));
    input.value = value;
  } else if (LONG.has(key) && !inTable) {
    input = el('textarea', { name, rows: '3' });
    input.value = value;
  } else {
    input = el('input', { name, type: 'text', inputmode: isNumber(node) ? 'decimal' : undefined });
    input.value = value;
  }
  input.title = node.description ?? key;
  const disabled = Array.isArray(valueAt(doc, path));
  if (disabled) input.disabled = true;
  input.addEventListener('input', () => {
    const raw = input.value;
    const number = Number(raw.replace(',', '.').replace(/\s/g, ''));
    const typed = raw === '' ? undefined : isNumber(node) && raw.trim() !== '' && Number.isFinite(number) ? number : raw;
    host.change(setValue(host.text(), path, typed), false);
  });
  if (inTable) return el('td', {}, input);
  return el('label', { class: 'field' }, el('span', {}, label(node, key)), input);
}

function scalarKeys(node: SchemaNode): [string, SchemaNode][] {
  return Object.entries(pick(node, 'properties')?.properties ?? {}).filter(([, n]) => isScalarField(n));
}

function rowButtons(host: FormHost, listPath: DataPath, index: number, count: number): HTMLElement[] {
  const edit = (next: (text: string) => string) => () => host.change(next(host.text()), true);
  const up = button(
    '↑',
    edit((s) => moveItem(s, listPath, index, -1)),
    { title: t('up'), 'aria-label': t('up') },
  );
  const down = button(
    '↓',
    edit((s) => moveItem(s, listPath, index, 1)),
    { title: t('down'), 'aria-label': t('down') },
  );
  const remove = button(
    '✕',
    edit((s) => removeItem(s, listPath, index)),
    { title: t('remove'), 'aria-label': t('remove'), class: 'danger' },
  );
  up.disabled = index === 0;
  down.disabled = index === count - 1;
  return [up, down, remove];
}

function firstKey(node: SchemaNode): Record<string, string | number> {
  const required = pick(node, 'properties')?.required ?? [];
  const key = required[0] ?? scalarKeys(node)[0]?.[0] ?? 'title';
  return { [key]: '…' };
}

/** A list of objects as a table: one row per item, one column per scalar field. */
function table(host: FormHost, doc: Document, path: DataPath, node: SchemaNode): HTMLElement {
  const itemNode = pick(node, 'items')?.items ?? {};
  const all = scalarKeys(itemNode);
  const keys = all.length > TABLE_COLUMNS.length ? all.filter(([k]) => TABLE_COLUMNS.includes(k)) : all;
  const items = valueAt(doc, path);
  const count = Array.isArray(items) ? items.length : 0;
  const head = el('tr', {}, ...keys.map(([k, n]) => el('th', { title: n.description ?? k }, label(n, k))), el('th', {}));
  const body = el('tbody');
  for (let i = 0; i < count; i++) {
    const row = el('tr', { 'data-row': String(i) }, ...keys.map(([k, n]) => field(host, doc, [...path, i, k], k, n, true)));
    row.append(el('td', { class: 'row-buttons' }, ...rowButtons(host, path, i, count)));
    body.append(row);
  }
  const add = button(`+ ${t('add')}`, () => host.change(addItem(host.text(), path, firstKey(itemNode)), true));
  return el('div', { class: 'table-wrap' }, el('table', {}, el('thead', {}, head), body), add);
}

function itemCard(host: FormHost, doc: Document, path: DataPath, index: number, count: number, node: SchemaNode): HTMLElement {
  const itemPath = [...path, index];
  const card = el('div', { class: 'card', 'data-item': String(index) });
  card.append(el('div', { class: 'card-head' }, el('span', {}, `${index + 1}`), ...rowButtons(host, path, index, count)));
  for (const [k, n] of scalarKeys(node)) card.append(field(host, doc, [...itemPath, k], k, n, false));
  for (const k of TABLES) {
    const sub = pick(node, 'properties')?.properties?.[k];
    if (sub) card.append(el('div', { class: 'sub' }, el('h4', {}, label(sub, k)), table(host, doc, [...itemPath, k], sub)));
  }
  return card;
}

/** The whole form for the text, or a note that the text must be fixed first. */
export function buildForm(host: FormHost, schema: SchemaNode): HTMLElement {
  const doc = parseForForm(host.text());
  if (!doc) return el('p', { class: 'form-note' }, t('formBroken'));
  const root = el('div', { class: 'form-body' });
  const main = el('fieldset', {}, el('legend', {}, t('group.main')));
  for (const [k, n] of scalarKeys(schema)) main.append(field(host, doc, [k], k, n, false));
  root.append(main);
  for (const key of LISTS) {
    const node = pick(schema, 'properties')?.properties?.[key];
    if (!node) continue;
    const itemNode = pick(node, 'items')?.items ?? {};
    const items = valueAt(doc, [key]);
    const count = Array.isArray(items) ? items.length : 0;
    const set = el('fieldset', { 'data-list': key }, el('legend', {}, label(node, key)));
    if (key === 'contacts') set.append(table(host, doc, [key], node));
    else {
      for (let i = 0; i < count; i++) set.append(itemCard(host, doc, [key], i, count, itemNode));
      set.append(button(`+ ${t('add')}`, () => host.change(addItem(host.text(), [key], firstKey(itemNode)), true)));
    }
    root.append(set);
  }
  return root;
}
