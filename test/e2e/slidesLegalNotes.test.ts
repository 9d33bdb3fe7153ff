/**
 * A legal change with a three-line title, a long text and two footnoted
 * figures: its slide leaves the text out rather than sending a footnote to a
 * continuation slide away from its mark. Read back with pdf.js.
 */
import { describe, expect, it } from 'vitest';
import { expectValidPdf } from '../support/expectValidPdf.js';
import { MINIMAL, renderData } from '../support/briefingFiles.js';

const unit = ['человек', 'человека', 'человек'];
const legal = {
  act: 'КоАП РК',
  article: '440-1',
  title: 'Незаконный оборот наркотических средств, психотропных веществ, их аналогов и прекурсоров в крупном и особо крупном размере',
  text: 'С 11 марта действует новая статья 440-1 КоАП, предусматривающая административную ответственность за немедицинское употребление наркотиков. '.repeat(4),
  items: [
    { id: 'liable', label: 'Привлечены к ответственности с момента введения статьи', value: 683, unit, note: 'По данным КПСиСУ' },
    { of: 'liable', label: 'Получили административный арест', value: 510, unit, note: 'Сроком до 15 суток' },
  ],
};

describe('a legal change with footnotes on its slide', () => {
  it('the figures and both their notes on one slide, no continuation', async () => {
    const { bytes } = await renderData({ ...MINIMAL, legal: [legal] }, { format: 'slides' });
    const pdf = await expectValidPdf(bytes);
    const pages = pdf.pages.filter((p) => p.text.includes('Незаконный оборот'));
    expect(pages, 'the legal change takes one slide').toHaveLength(1);
    const text = pages[0]!.text.replace(/\s+/g, ' ');
    expect(text).not.toContain('(продолжение)');
    for (const s of ['683 человека', '510 человек', '1 По данным КПСиСУ', '2 Сроком до 15 суток']) expect(text).toContain(s);
  }, 120_000);
});
