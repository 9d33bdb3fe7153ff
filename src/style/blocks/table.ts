import type { MarkupElement } from '../../markup/types.js';
import type { Theme } from '../../template/theme/theme.js';
import type { BlockStyle, StyledTable, StyledTableRow } from '../types.js';
import { parseWidths } from '../parseWidth.js';
import { elements, styleOf } from './blockBuilder.js';
import { paragraphOf } from './paragraph.js';

/** The rows of a `<thead>` or `<tbody>`: each cell a paragraph, `<th>` bold unless the theme says otherwise. */
function tableRows(section: MarkupElement | undefined, parent: BlockStyle, theme: Theme): StyledTableRow[] {
  if (!section) return [];
  return elements(section.children).map((tr) => {
    const rowStyle = styleOf(tr, styleOf(section, parent, theme), theme);
    return {
      style: rowStyle,
      cells: elements(tr.children).map((cell) => {
        const cellStyle = styleOf(cell, rowStyle, theme, cell.name === 'th' ? { bold: true } : {});
        return { header: cell.name === 'th', content: paragraphOf(cell, cellStyle, theme, 'P') };
      }),
    };
  });
}

/** `<table>`: its column widths, header rows and body rows. */
export function styleTable(el: MarkupElement, parent: BlockStyle, theme: Theme): StyledTable {
  const style = styleOf(el, parent, theme);
  const parts = elements(el.children);
  return {
    kind: 'table',
    style,
    columns: parseWidths(el.attrs['columns']),
    head: tableRows(
      parts.find((p) => p.name === 'thead'),
      style,
      theme,
    ),
    body: tableRows(
      parts.find((p) => p.name === 'tbody'),
      style,
      theme,
    ),
    continued: el.attrs['continued'] ?? null,
    grid: el.attrs['grid'] ?? null,
    pos: el.pos,
  };
}
