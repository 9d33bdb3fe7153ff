/**
 * The markup that templates emit, parsed: an element tree with the template
 * position of every element (for error messages). See docs/markup.md.
 */
export interface SourcePos {
  /** Template file the element comes from (`handout/partials/figures.hbs`). */
  template: string;
  /** 1-based line in that template. */
  line: number;
}

export interface MarkupElement {
  kind: 'element';
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: readonly MarkupNode[];
  pos: SourcePos;
}

export interface MarkupText {
  kind: 'text';
  /** The text exactly as the data had it (entities decoded). */
  text: string;
}

export type MarkupNode = MarkupElement | MarkupText;
