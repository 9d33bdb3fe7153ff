import { describe, expect, it } from 'vitest';
import { addItem, moveItem, removeItem, setValue } from '../../../src/studio/client/formEdit.js';
import { yamlContext } from '../../../src/studio/client/yamlContext.js';

const TEXT = `# шапка
title: Старый заголовок      # комментарий в строке
date: 2025-12-03
speakers:
  # первый спикер
  - name: А
    position: один
  - name: Б
contacts:
  - label: Телефон
    value: 102
`;

describe('form edits through the yaml document model', () => {
  it('replaces a one-line value in place: the comment and its spaces stay', () => {
    expect(setValue(TEXT, ['title'], 'Новый: заголовок')).toBe(TEXT.replace('Старый заголовок', '"Новый: заголовок"'));
    expect(setValue(TEXT, ['contacts', 0, 'value'], 103)).toBe(TEXT.replace('102', '103'));
  });
  it('adds a missing key, removes an emptied one, keeping comments and order', () => {
    const added = setValue(TEXT, ['venue'], 'Зал');
    expect(added).toContain('# шапка\ntitle: Старый заголовок # комментарий в строке\n');
    expect(added).toContain('venue: Зал');
    expect(added.indexOf('title:')).toBeLessThan(added.indexOf('date:'));
    const removed = setValue(TEXT, ['speakers', 0, 'position'], undefined);
    expect(removed).not.toContain('position');
    expect(removed).toContain('# первый спикер');
  });
  it('adds, moves and removes list items', () => {
    const moved = moveItem(TEXT, ['speakers'], 1, -1);
    expect(moved.indexOf('name: Б')).toBeLessThan(moved.indexOf('name: А'));
    expect(moved).toContain('# шапка');
    expect(addItem(TEXT, ['quotes'], { text: '…' })).toMatch(/quotes:\n {2}- text: …\n$/);
    expect(removeItem(TEXT, ['speakers'], 1)).not.toContain('name: Б');
  });
  it('leaves a text with a syntax error alone', () => {
    expect(setValue('title: [', ['title'], 'x')).toBe('title: [');
  });
});

describe('where the cursor is, for completion and hover', () => {
  it('finds the path of keys and list items from the indentation', () => {
    const text = 'statistics:\n  - title: X\n    items:\n      - label: a\n        val';
    expect(yamlContext(text, text.length)).toMatchObject({ path: ['statistics', '*', 'items', '*'], inValue: false });
    const top = 'title: X\nla';
    expect(yamlContext(top, top.length)).toMatchObject({ path: [], inValue: false, from: top.length - 2 });
    const value = 'speakers:\n- name: А\n  x: 1\nlang: k';
    expect(yamlContext(value, value.length)).toMatchObject({ path: [], key: 'lang', inValue: true });
    const item = 'speakers:\n- name: А\n  pos';
    expect(yamlContext(item, item.length)).toMatchObject({ path: ['speakers', '*'] });
  });
});
