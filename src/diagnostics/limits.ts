/**
 * Every limit on input, in one place (documented in docs/contract.md,
 * «Limits», and in the README). Past one, the input is refused with a
 * `limit` problem naming the file, the place and the limit.
 */
export const LIMITS = Object.freeze({
  /** A data file (YAML or JSON): 20 MB. */
  dataBytes: 20 * 1024 * 1024,
  /** Nesting of lists and maps in a data file. */
  dataDepth: 64,
  /** YAML: aliases (`*name`) expanded in one file. */
  yamlAliases: 1000,
  /** YAML: aliases inside the value of an alias, one within another. */
  yamlAliasDepth: 16,
  /** YAML and JSON: values (strings, numbers, lists, maps) in one file, aliases expanded. */
  dataNodes: 150_000,
  /** Characters in all the strings of one data file (about 1 000 pages of text). */
  dataChars: 2_000_000,
  /** Characters in one plain string (a label, name, title, unit, point, result, contact…); texts (lead, section, legal and quote `text`) have only `dataChars`. */
  plainChars: 20_000,
  /** A logo or photo file: 10 MB. */
  imageBytes: 10 * 1024 * 1024,
  /** Width or height of a raster image, in pixels. */
  imageSide: 10_000,
  /** Width × height of a raster image, in pixels (16 megapixels: 4000 × 4000). */
  imagePixels: 16_000_000,
  /** Images inside images: an SVG's `data:` images (which may not hold more). */
  imageNesting: 1,
  /** SVG: elements, every `<use>` counted with what it repeats. */
  svgElements: 20_000,
  /** SVG: elements one inside another. */
  svgDepth: 100,
  /** One word (characters without a space): longer words are refused. */
  wordChars: 20_000,
  /** A template file (`.hbs`): 1 MB. */
  templateBytes: 1024 * 1024,
});

/** A count in Russian style: 1 000 000. */
export function formatLimit(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/** Bytes as megabytes with a comma: 10,0 МБ. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;
}
