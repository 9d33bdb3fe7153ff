/**
 * The theme: page geometry, font families and styles by element and class.
 * Owned by the template stage, which reads and resolves it (resolveTheme.ts);
 * the style stage and later ones import it from here.
 */

/** How the lines of a block are aligned. */
export type Align = 'left' | 'right' | 'center' | 'justify';

export interface StyleProps {
  font?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  lineHeight?: number;
  color?: string;
  align?: Align;
  hyphenate?: boolean;
  marginTop?: number;
  marginBottom?: number;
  padding?: number | [number, number, number, number];
  border?: number;
  borderColor?: string;
  borderLeft?: number;
  /** A rule under the box (pt): the hairlines between the rows of a table. */
  borderBottom?: number;
  background?: string;
  bullet?: string;
  indent?: number;
  keepWithNext?: boolean;
  keepWithPrevious?: boolean;
  /** Inline only: how far the text is raised above the baseline, pt (footnote marks). */
  rise?: number;
}

export interface Theme {
  page: {
    /** [top, right, bottom, left] in pt, the area of the content. */
    margin: [number, number, number, number];
    /** Top of the header, measured from the top edge of the page, pt. */
    header: number;
    /** Top of the footer, measured from the bottom edge of the page, pt. */
    footer: number;
  };
  /** Family key → fallback chain of font names (`PTSans` → fonts/PTSans-*.ttf). */
  fonts: Record<string, string[]>;
  styles: Record<string, StyleProps>;
  /**
   * Choices the templates read as `theme.NAME` (the handout's `logo`: `left`,
   * `right` or `none`), so a theme file can change them without editing templates.
   */
  options?: Record<string, string | number | boolean>;
  /** The brand colour the styles' `accent…` colours were derived from (`#RRGGBB`). */
  accent?: string;
  /** The theme's logo (absolute path), drawn when the briefing names none. */
  logo?: string;
}
