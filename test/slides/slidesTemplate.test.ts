/**
 * The slide templates' markup: one `<block break="before" fit="shrink">` per
 * slide of the slide plan, charts written as `<chart>` with the figures in
 * attributes, escaped, so that data never becomes markup.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parseMarkup.js';
import type { MarkupElement } from '../../src/markup/types.js';
import { applyStyles } from '../../src/style/applyStyles.js';
import type { StyledChart } from '../../src/style/types.js';
import { loadTemplateSet } from '../../src/template/loadTemplateSet.js';
import type { BriefingView, ChartView } from '../../src/view/types.js';
import { allElements, findElements, textOf } from '../support/markupTree.js';
import { figure, viewFixture as baseFixture } from '../support/viewFixture.js';
import { loadLocale } from '../../src/view/locale.js';
import { planSlides } from '../../src/slides/planSlides.js';

const HOSTILE = 'a"b\'c<d>&e {{f}} </chart><p>x</p> &amp;';

function chartOf(view: BriefingView, label: string): ChartView {
  const bars = view.statistics[0]!.items.slice(0, 3).map((f) => ({
    label: f.depth === 0 ? label : f.label,
    number: f.number,
    display: f.display,
    valueLabel: f.depth === 0 ? label : f.display,
    depth: f.depth,
    parentNumber: f.depth === 0 ? null : 698,
    share: f.share,
    previousNumber: f.depth === 0 ? 621 : null,
    previousLabel: f.depth === 0 ? label : null,
    change: null,
  }));
  return {
    kind: 'funnel',
    bars,
    ticks: [
      { number: 0, label: '0' },
      { number: 500, label: label },
    ],
    alt: label,
    others: [view.statistics[0]!.items[3]!],
  };
}

/** The fixture with every word of the locale (the fixture has only the handout's). */
function viewFixture(): BriefingView {
  const view = baseFixture();
  view.words = { ...loadLocale('ru') };
  return view;
}

function slides(view: BriefingView): MarkupElement {
  return parseMarkup(loadTemplateSet('slides').render(view, undefined, { slides: planSlides(view).slides }));
}

describe('the slide templates', () => {
  it('make every planned slide a block that starts a slide and shrinks its body to fit, in the plan’s order', () => {
    const view = viewFixture();
    const tree = slides(view);
    expect(tree.attrs).toEqual({ page: 'slide', lang: 'ru' });
    const body = tree.children.filter((c): c is MarkupElement => c.kind === 'element' && c.name !== 'footer');
    const plan = planSlides(view).slides;
    expect(body).toHaveLength(plan.length);
    body.forEach((b) => {
      expect(b.name).toBe('block');
      expect(b.attrs).toMatchObject({ fit: 'shrink', break: 'before', role: 'Sect' });
      expect(findElements(b, 'h1').length + findElements(b, 'h2').length).toBe(1);
    });
    const CLASS = {
      title: 'title-slide',
      keyFigures: 'key-figures',
      text: 'text',
      statistics: 'stat-group',
      legal: 'legal',
      results: 'results',
      quote: 'quotes',
      contacts: 'contacts',
    };
    expect(body.map((b) => (b.attrs.class ?? '').split(' ')[1])).toEqual(plan.map((s) => CLASS[s.kind]));
    // title, key figures, the lead and three sections, 2 groups, 2 legal changes, results, 2 quotes, contacts
    expect(plan.map((s) => s.kind)).toEqual([
      'title',
      'keyFigures',
      'text',
      'text',
      'text',
      'text',
      'statistics',
      'statistics',
      'legal',
      'legal',
      'results',
      'quote',
      'quote',
      'contacts',
    ]);
    for (const e of allElements(tree)) expect(e.pos.template).toMatch(/^slides\/(layout|partials\/[a-z-]+)\.hbs$/);
    const footer = findElements(tree, 'footer')[0]!;
    expect(findElements(footer, 'page-number')).toHaveLength(1);
  });

  it('write a chart with its figures as attributes that come back exactly, however hostile', () => {
    const view = viewFixture();
    view.statistics[0]!.chart = chartOf(view, HOSTILE);
    const tree = slides(view);
    const chart = findElements(tree, 'chart')[0]!;
    expect(chart.attrs).toMatchObject({ type: 'funnel', alt: HOSTILE });
    expect(findElements(tree, 'p').some((p) => textOf(p) === 'x')).toBe(false);
    const styled = applyStyles(tree, loadTemplateSet('slides').theme);
    const sc = styled.body.flatMap((b) => (b.kind === 'container' ? b.children : [])).find((b): b is StyledChart => b.kind === 'chart')!;
    expect(sc.alt).toBe(HOSTILE);
    expect(sc.ticks).toEqual([
      { value: 0, label: '0' },
      { value: 500, label: HOSTILE },
    ]);
    expect(sc.bars.map((b) => [b.value, b.label, b.depth, b.parent, b.previous])).toEqual([
      [698, HOSTILE, 0, null, 621],
      [207, view.statistics[0]!.items[1]!.label, 1, 698, null],
      [138, `${view.statistics[0]!.items[2]!.label}¹`, 2, 698, null], // its footnote mark, as the slide carries the note
    ]);
    expect(sc.bars[0]!.display).toBe(HOSTILE);
    expect(sc.bars[0]!.previousDisplay).toBe(HOSTILE);
    // the figures the chart does not show stay as big numbers on the slide
    const group = findElements(tree, 'block', 'stat-group')[0]!;
    expect(findElements(group, 'p', 'fig-value').map(textOf)).toEqual(['почти\u00A046\u00A0кг']);
  });

  it('show a single figure bigger, and many figures as a table', () => {
    const view = viewFixture();
    view.statistics[0]!.items = [figure({ label: 'Одна', number: 1 })];
    view.statistics[1]!.items = Array.from({ length: 7 }, (_, i) => figure({ label: `Ф${i}`, number: i }));
    const tree = slides(view);
    const [one, many] = findElements(tree, 'block', 'stat-group');
    expect(findElements(one!, 'p', 'big-value')).toHaveLength(1);
    expect(findElements(many!, 'table', 'figure-table')).toHaveLength(1);
    expect(findElements(many!, 'tr')).toHaveLength(7);
  });
});
