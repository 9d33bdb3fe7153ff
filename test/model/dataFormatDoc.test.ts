import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');
const ru = read('data-format.md');
const en = read('data-format.en.md');

/** Every `code` span of a text, once each. */
const codeSpans = (text: string) => [...new Set([...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? ''))];

describe('docs/data-format.md (Russian) and docs/data-format.en.md (English)', () => {
  it('link to each other at the top', () => {
    expect(ru.split('\n').slice(0, 4).join('\n')).toContain('(data-format.en.md)');
    expect(en.split('\n').slice(0, 4).join('\n')).toContain('(data-format.md)');
  });

  it('the Russian version names every key, value and example of the English one', () => {
    // Placeholders and sample words are translated; keys, values and examples are not.
    const translated: Record<string, string> = {
      'YYYY-MM-DD': 'ГГГГ-ММ-ДД',
      'HH:MM': 'ЧЧ:ММ',
      '**bold**': '**жирный**',
      '*italic*': '*курсив*',
      '&name': '&имя',
      '*name': '*имя',
      'briefing render|validate|watch --assets DIR': 'briefing render|validate|watch --assets ПАПКА',
    };
    const missing = codeSpans(en).filter((span) => !ru.includes(`\`${translated[span] ?? span}\``));
    expect(missing).toEqual([]);
  });

  it('has the same tables', () => {
    const rows = (text: string) => text.split('\n').filter((l) => l.startsWith('| ')).length;
    expect(rows(ru)).toBe(rows(en));
  });
});
