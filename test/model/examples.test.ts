import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBriefingFile } from '../../src/model/loadBriefing.js';
import { validateBriefing } from '../../src/model/validateBriefing.js';
import type { StatItem } from '../../src/model/schema.js';

const DATA = resolve(import.meta.dirname, '../../data');

describe('the example data files', () => {
  const files = readdirSync(DATA).filter((f) => /\.(ya?ml|json)$/.test(f));

  it('there are at least two', () => {
    expect(files).toContain('astana-2025-12-03.yaml');
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s loads, starts with the schema line, and passes validation again', async (name) => {
    const text = readFileSync(join(DATA, name), 'utf8');
    if (name.endsWith('.yaml')) expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/briefing.schema.json');
    const b = await loadBriefingFile(join(DATA, name));
    expect(validateBriefing(b)).toEqual(b);
  });

  it('the Astana briefing carries the facts of the seed', async () => {
    const b = await loadBriefingFile(join(DATA, 'astana-2025-12-03.yaml'));
    expect(b).toMatchObject({
      date: '2025-12-03',
      city: 'Астана',
      venue: 'Региональная служба коммуникаций',
      organization: 'Департамент полиции города Астаны',
      source: 'По материалам BAQ.KZ',
    });
    expect(b.speakers[0]?.name).toBe('Алия Кибаткызы');
    expect(b.speakers[0]?.position).toContain('Управления по противодействию наркопреступности ДП Астаны');
    const items = new Map<string, StatItem>();
    for (const item of [...(b.statistics ?? []).flatMap((g) => g.items), ...(b.legal ?? []).flatMap((l) => l.items ?? [])]) {
      if (item.id) items.set(item.id, item);
    }
    const values = [...items.values()].map((i) => i.value);
    expect(values).toEqual(expect.arrayContaining([698, 207, 138, 46, 3, 1, 1263, 2564, 55.6, 13, 683, 510]));
    const byValue = (v: number) => [...items.values()].find((i) => i.value === v);
    expect(byValue(698)?.unit).toEqual(['факт', 'факта', 'фактов']);
    expect(items.get(byValue(207)?.of ?? '')?.value).toBe(698);
    expect(items.get(byValue(138)?.of ?? '')?.value).toBe(207);
    expect(items.get(byValue(510)?.of ?? '')?.value).toBe(683);
    expect(byValue(46)?.qualifier).toBe('почти');
    expect(b.legal?.[0]).toMatchObject({ act: 'КоАП РК', article: '440-1', effective: '2025-03-11' });
    expect(b.legal?.[0]?.title).toMatch(/немедицинское употребление/);
    expect(b.results?.join(' ')).toMatch(/лаборатор/);
  });

  it('the second example uses the fields the seed does not', async () => {
    const b = await loadBriefingFile(join(DATA, 'almaty-road-safety-2025.yaml'));
    expect(b.subtitle).toBeTruthy();
    expect(b.time).toBe('10:30');
    expect(b.logo).toBe(join(DATA, 'assets', 'almaty-police-logo.svg'));
    expect(b.speakers.length).toBeGreaterThan(1);
    expect(b.speakers.some((s) => s.photo === join(DATA, 'assets', 'speaker-placeholder.png'))).toBe(true);
    const items = (b.statistics ?? []).flatMap((g) => g.items);
    expect(items.some((i) => i.previous !== undefined)).toBe(true);
    expect(items.some((i) => i.note !== undefined)).toBe(true);
    expect(items.some((i) => i.qualifier === 'более')).toBe(true);
    expect(items.some((i) => !Number.isInteger(i.value))).toBe(true);
    expect(b.quotes?.every((q) => b.speakers.some((s) => s.name === q.speaker))).toBe(true);
    expect(b.contacts).toContainEqual({ label: 'Телефон доверия', value: '102' });
    expect(b.sections?.some((s) => (s.points?.length ?? 0) > 0)).toBe(true);
    expect(b.legal?.length).toBe(2);
    expect(b.legal?.[0]?.article).toBe('608');
  });
});
