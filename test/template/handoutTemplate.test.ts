import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parseMarkup.js';
import type { MarkupElement } from '../../src/markup/types.js';
import { packageRoot } from '../../src/assets/packageRoot.js';
import { loadTemplateSet } from '../../src/template/loadTemplateSet.js';
import { allElements, findElements, textOf } from '../support/markupTree.js';
import { viewFixture } from '../support/viewFixture.js';

function renderHandout(view = viewFixture()): MarkupElement {
  return parseMarkup(loadTemplateSet('handout').render(view));
}

const names = (e: MarkupElement) => e.children.flatMap((c) => (c.kind === 'element' ? [c.name] : []));

describe('the handout template', () => {
  it('loads once per process, with its theme', () => {
    const set = loadTemplateSet('handout');
    expect(loadTemplateSet('handout')).toBe(set);
    expect(set.format).toBe('handout');
    expect(set.theme.page.margin).toHaveLength(4);
    expect(set.theme.fonts.serif?.[0]).toBe('PTSerif');
    expect(set.theme.styles.p?.hyphenate).toBe(true);
    expect(set.theme.styles['.figure-value']?.hyphenate).toBe(false);
  });

  it('emits valid markup with every element positioned in a handout template', () => {
    const tree = renderHandout();
    expect(tree.name).toBe('document');
    expect(tree.attrs).toEqual({ page: 'a4', lang: 'ru' });
    for (const e of allElements(tree)) expect(e.pos.template).toMatch(/^handout\/(layout|partials\/[a-z-]+)\.hbs$/);
    expect(findElements(tree, 'h1')[0]!.pos).toEqual({ template: 'handout/partials/title.hbs', line: 2 });
  });

  it('puts the parts in the order of the brief', () => {
    const tree = renderHandout();
    const top = names(tree);
    expect(top.slice(0, 4)).toEqual(['header', 'footer', 'block', 'h1']); // the masthead, then the title
    const order = [
      'h1',
      'block.speakers',
      'p.lead',
      'row.key-figures',
      'block.section',
      'block.stat-group',
      'block.results',
      'block.legal-changes',
      'block.quotes',
      'block.contacts',
      'p.source',
    ];
    const index = (sel: string) => {
      const [name, cls] = sel.split('.');
      return tree.children.findIndex((c) => c.kind === 'element' && c.name === name && (cls === undefined || c.attrs.class === cls));
    };
    const positions = order.map(index);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('has the organisation in the header and «Стр. N из M» in the footer', () => {
    const tree = renderHandout();
    const header = findElements(tree, 'header')[0]!;
    expect(textOf(header)).toContain('Департамент полиции города Астаны');
    expect(findElements(header, 'image')).toHaveLength(0);
    const page = findElements(tree, 'p', 'footer-page')[0]!;
    expect(page.children).toEqual([
      { kind: 'text', text: 'Стр.\u00A0' },
      expect.objectContaining({ name: 'page-number' }),
      { kind: 'text', text: ' из\u00A0' },
      expect.objectContaining({ name: 'page-count' }),
    ]);
  });

  it('shows the logo in the header when given', () => {
    const view = viewFixture();
    view.logo = '/abs/logo.png';
    const header = findElements(renderHandout(view), 'header')[0]!;
    expect(findElements(header, 'image')[0]!.attrs.src).toBe('/abs/logo.png');
  });

  it('writes the meta line, speakers and lead', () => {
    const tree = renderHandout();
    expect(textOf(findElements(tree, 'p', 'meta')[0]!)).toBe('3 декабря 2025 г., 11:00 · Астана · Региональная служба коммуникаций');
    const speakers = findElements(tree, 'p', 'speaker');
    expect(speakers.map(textOf)).toEqual([
      'Алия Кибаткызы, старший оперуполномоченный Управления по противодействию наркопреступности, ДП Астаны',
      'Ержан Сапаров',
    ]);
    expect(textOf(findElements(speakers[0]!, 'b')[0]!)).toBe('Алия Кибаткызы');
    const lead = findElements(tree, 'p', 'lead')[0]!;
    expect(textOf(findElements(lead, 'b')[0]!)).toBe('наиболее серьёзных угроз');
  });

  it('shows the key figures in a row: the number big (with its qualifier), the unit and the label under it', () => {
    const row = findElements(renderHandout(), 'row', 'key-figures')[0]!;
    expect(findElements(row, 'col')).toHaveLength(4);
    expect(findElements(row, 'p', 'figure-value').map(textOf)).toEqual(['698', 'почти\u00A046', '1\u00A0263', '683']);
    expect(findElements(row, 'p', 'figure-unit').map(textOf)).toEqual(['фактов', 'кг', 'интернет-ресурса', 'человека']);
    expect(textOf(findElements(row, 'p', 'figure-label')[1]!)).toBe('Изъято синтетических веществ');
  });

  it('writes each statistics group as a table, share/change columns only when used', () => {
    const groups = findElements(renderHandout(), 'block', 'stat-group');
    expect(groups).toHaveLength(2);
    const [first, second] = groups.map((g) => findElements(g, 'table')[0]!);
    expect(findElements(first!, 'th').map(textOf)).toEqual(['Показатель', 'Значение', 'Доля', 'Изменение к прошлому периоду']);
    expect(first!.attrs.columns!.split(' ')).toHaveLength(4);
    expect(findElements(second!, 'th').map(textOf)).toEqual(['Показатель', 'Значение']);
    expect(second!.attrs.columns!.split(' ')).toHaveLength(2);
    const rows = findElements(findElements(first!, 'tbody')[0]!, 'tr');
    expect(rows).toHaveLength(4);
    const cells = (tr: MarkupElement) => findElements(tr, 'td');
    expect(cells(rows[1]!).map(textOf)).toEqual(['Из них уголовных преступлений', '207', '29,7\u00A0% от 698', '']);
    expect(cells(rows[1]!)[0]!.attrs.class).toContain('depth-1');
    expect(cells(rows[2]!)[0]!.attrs.class).toContain('depth-2');
    expect(textOf(findElements(cells(rows[2]!)[0]!, 'span', 'mark')[0]!)).toBe('1');
    expect(cells(rows[0]!).map(textOf)[3]).toBe('+12,4\u00A0%'); // the period is said once, in the header
    const note = findElements(groups[0]!, 'p', 'note')[0]!;
    expect(textOf(note)).toBe('1 По данным ДП Астаны на 1 декабря.');
    expect(findElements(groups[1]!, 'p', 'note')).toHaveLength(0);
  });

  it('writes sections, results, legal boxes, quotes, contacts and the source', () => {
    const tree = renderHandout();
    const sections = findElements(tree, 'block', 'section');
    expect(sections.map((s) => textOf(findElements(s, 'h2')[0]!))).toEqual(['Синтетические наркотики', 'Методические рекомендации', 'Задачи']);
    expect(findElements(sections[0]!, 'li').map(textOf)).toEqual(['Выявление нарколабораторий', 'Пресечение деятельности онлайн-групп']);
    expect(findElements(sections[1]!, 'list')).toHaveLength(0);
    expect(findElements(findElements(tree, 'block', 'results')[0]!, 'li').map(textOf)).toEqual([
      'Пресечена деятельность трёх ОПГ',
      'Ликвидирована подпольная лаборатория',
    ]);

    const legal = findElements(tree, 'block', 'legal');
    expect(legal).toHaveLength(2);
    expect(legal[0]!.attrs.keep).toBe('together');
    expect(textOf(findElements(legal[0]!, 'p', 'legal-ref')[0]!)).toBe('Статья 440-1 КоАП РК');
    expect(textOf(findElements(legal[0]!, 'h3')[0]!)).toBe('Немедицинское употребление наркотиков');
    expect(textOf(findElements(legal[0]!, 'p', 'legal-effective')[0]!)).toBe('Действует с 11 марта 2025 г.');
    expect(findElements(legal[0]!, 'td').map(textOf)).toContain('510\u00A0человек');
    expect(findElements(legal[1]!, 'table')).toHaveLength(0);

    const quotes = findElements(tree, 'quote');
    expect(textOf(findElements(quotes[0]!, 'p', 'quote-speaker')[0]!)).toBe('— Алия Кибаткызы, старший оперуполномоченный');
    expect(findElements(quotes[1]!, 'p', 'quote-speaker')).toHaveLength(0);

    const contacts = findElements(findElements(tree, 'table', 'contact-table')[0]!, 'tr');
    expect(contacts.map((tr) => findElements(tr, 'td').map(textOf))).toEqual([
      ['Телефон доверия', '102'],
      ['Сайт', 'police.kz'],
    ]);
    expect(textOf(findElements(tree, 'p', 'source')[0]!)).toBe('По материалам BAQ.KZ');
  });

  it('renders a minimal briefing: no optional part leaves an empty element behind', () => {
    const view = viewFixture();
    Object.assign(view, {
      subtitle: null,
      time: null,
      city: null,
      venue: null,
      source: null,
      lead: null,
      keyFigures: [],
      sections: [],
      statistics: [],
      results: [],
      legal: [],
      quotes: [],
      contacts: [],
    });
    const tree = renderHandout(view);
    expect(names(tree)).toEqual(['header', 'footer', 'block', 'h1', 'block']);
    expect(textOf(findElements(tree, 'p', 'meta')[0]!)).toBe('3 декабря 2025 г.');
    // The footer gives the date and place; the source is printed once, at the end, never in every footer.
    expect(textOf(findElements(tree, 'p', 'footer-text')[0]!)).toBe('3 декабря 2025 г.');
  });
});

describe('the handout theme', () => {
  it('styles only classes the handout templates use', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const set = loadTemplateSet('handout');
    const dir = join(packageRoot(), 'templates', 'handout');
    const sources = [join(dir, 'layout.hbs'), ...readdirSync(join(dir, 'partials')).map((f) => join(dir, 'partials', f))]
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const classes = Object.keys(set.theme.styles).flatMap((sel) => (sel.includes('.') ? [sel.split('.')[1]!] : []));
    // `depth-N` come from data; `bar.previous` is the class the chart engine gives a previous-period bar.
    const unused = classes.filter((c) => !/^depth-\d$/.test(c) && c !== 'previous' && !new RegExp(`class="[^"]*\\b${c}\\b`).test(sources));
    expect(unused).toEqual([]);
  });
});
