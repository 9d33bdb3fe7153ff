import type { MarkupElement } from '../markup/types.js';
import type { Theme } from '../template/theme/theme.js';
import type { StyledDocument } from './types.js';
import { ROOT_STYLE } from './resolveStyle.js';
import { elements, styleOf } from './blocks/blockBuilder.js';
import { styleBlocks } from './blocks/styleBlocks.js';

const PAGE_SIZES: Record<string, [number, number]> = {
  a4: [595.28, 841.89],
  slide: [960, 540],
};

/** The style stage: resolves theme tokens for every node of the markup tree (each block by its builder in blocks/). */
export function applyStyles(root: MarkupElement, theme: Theme): StyledDocument {
  const [width, height] = PAGE_SIZES[root.attrs['page'] ?? 'a4'] ?? PAGE_SIZES['a4']!;
  const rootStyle = styleOf(root, ROOT_STYLE, theme);
  const kids = elements(root.children);
  const header = kids.find((k) => k.name === 'header');
  const footer = kids.find((k) => k.name === 'footer');
  return {
    lang: root.attrs['lang'] ?? 'ru',
    page: { width, height, margin: theme.page.margin, header: theme.page.header, footer: theme.page.footer },
    header: header ? styleBlocks(header.children, styleOf(header, rootStyle, theme), theme) : [],
    footer: footer ? styleBlocks(footer.children, styleOf(footer, rootStyle, theme), theme) : [],
    body: styleBlocks(
      kids.filter((k) => k !== header && k !== footer),
      rootStyle,
      theme,
    ),
  };
}
