/**
 * The element set of docs/markup.md as one table: for each element, its
 * attributes (which are required, which values they take), what it may
 * contain, and where it may appear. parseMarkup validates against it;
 * adding an element is one entry here (and a block, one module per stage:
 * docs/architecture.md, "Adding a block kind").
 */

/** What an attribute value may be. */
export interface AttributeSpec {
  required?: boolean;
  /** A fixed set of values, or a pattern the whole value must match. */
  values?: readonly string[] | RegExp;
  /** What is expected, in Russian, for messages. */
  expected?: string;
}

/** One slot of a content model: elements of these names (or all blocks). */
export interface Slot {
  names: readonly string[] | 'blocks';
  min: number;
  max: number;
}

/**
 * - `empty`: nothing inside;
 * - `inline`: text and inline elements, whitespace kept;
 * - `slots`: elements only, in this order of slots; whitespace between them is dropped.
 */
export type Content = { kind: 'empty' } | { kind: 'inline' } | { kind: 'slots'; slots: readonly Slot[] };

export interface ElementSpec {
  /** `block`: may stand where blocks are expected; `inline`: inside inline content. */
  category: 'block' | 'inline' | 'structure';
  content: Content;
  attributes: Readonly<Record<string, AttributeSpec>>;
  /** The element is allowed only somewhere inside one of these. */
  within?: readonly string[];
}

const NUMBER = /^\d+(\.\d+)?$/;
const WIDTH = /^(\d+(\.\d+)?\*?|\*)$/;
const COLUMNS = /^(\d+(\.\d+)?\*?|\*)(\s+(\d+(\.\d+)?\*?|\*))*$/;

/** A non-negative number as JavaScript prints it: `698`, `55.6`, `1e+21`. */
const VALUE: AttributeSpec = { values: /^\d+(\.\d+)?(e[+-]?\d+)?$/, expected: 'неотрицательное число (698, 55.6)' };
/** A scale above 0 and at most 1: `0.75`, `1` (below 0.1 is read as 0.1). */
const SCALE = /^(0?\.\d*[1-9]\d*|1(\.0+)?)$/;

const PT: AttributeSpec = { values: NUMBER, expected: 'число пунктов' };
const many = (names: readonly string[] | 'blocks', min = 0): Slot => ({ names, min, max: Infinity });
const optional = (name: string): Slot => ({ names: [name], min: 0, max: 1 });
const one = (name: string): Slot => ({ names: [name], min: 1, max: 1 });

const EMPTY: Content = { kind: 'empty' };
const INLINE: Content = { kind: 'inline' };
const BLOCKS: Content = { kind: 'slots', slots: [many('blocks')] };

/** `class` is allowed on every element. */
export const COMMON_ATTRIBUTES: Readonly<Record<string, AttributeSpec>> = {
  class: { values: /^\s*[A-Za-z0-9_-]+(\s+[A-Za-z0-9_-]+)*\s*$|^\s*$/, expected: 'имена классов через пробел' },
};

export const ROOT = 'document';

const ELEMENTS = {
  document: {
    category: 'structure',
    content: { kind: 'slots', slots: [optional('header'), optional('footer'), many('blocks')] },
    attributes: {
      page: { values: ['a4', 'slide'] },
      lang: { values: /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, expected: 'код языка (ru, kk, en)' },
    },
  },
  header: { category: 'structure', content: BLOCKS, attributes: {} },
  footer: { category: 'structure', content: BLOCKS, attributes: {} },

  block: {
    category: 'block',
    content: BLOCKS,
    attributes: {
      keep: { values: ['together'] },
      break: { values: ['before'] },
      role: { values: ['Sect', 'Div', 'Note'] },
      fit: { values: ['shrink'] },
      'min-scale': { values: SCALE, expected: 'число больше 0 и не больше 1 (0.75)' },
      continued: {},
    },
  },
  h1: { category: 'block', content: INLINE, attributes: {} },
  h2: { category: 'block', content: INLINE, attributes: {} },
  h3: { category: 'block', content: INLINE, attributes: {} },
  p: { category: 'block', content: INLINE, attributes: {} },
  list: { category: 'block', content: { kind: 'slots', slots: [many(['li'])] }, attributes: {} },
  li: { category: 'structure', content: INLINE, attributes: {} },
  row: { category: 'block', content: { kind: 'slots', slots: [many(['col'], 1)] }, attributes: { gap: PT } },
  col: {
    category: 'structure',
    content: BLOCKS,
    attributes: { width: { values: WIDTH, expected: 'доля свободной ширины (2*) или число пунктов' } },
  },
  table: {
    category: 'block',
    content: { kind: 'slots', slots: [optional('thead'), one('tbody')] },
    attributes: {
      columns: { values: COLUMNS, expected: 'ширины столбцов через пробел: 2* 1* или пункты' },
      continued: {},
      grid: { values: /^[a-z0-9-]{1,40}$/, expected: 'имя сетки: латинские строчные буквы, цифры, дефис' },
    },
  },
  thead: { category: 'structure', content: { kind: 'slots', slots: [many(['tr'])] }, attributes: {} },
  tbody: { category: 'structure', content: { kind: 'slots', slots: [many(['tr'])] }, attributes: {} },
  tr: { category: 'structure', content: { kind: 'slots', slots: [many(['th', 'td'], 1)] }, attributes: {} },
  th: { category: 'structure', content: INLINE, attributes: {} },
  td: { category: 'structure', content: INLINE, attributes: {} },
  quote: { category: 'block', content: BLOCKS, attributes: {} },
  figure: { category: 'block', content: BLOCKS, attributes: { alt: { required: true } } },
  image: {
    category: 'block',
    content: EMPTY,
    attributes: { src: { required: true }, width: PT, height: PT, alt: {} },
  },
  chart: {
    category: 'block',
    content: { kind: 'slots', slots: [many(['tick']), many(['bar'], 1)] },
    attributes: { type: { values: ['bars', 'funnel'] }, alt: { required: true } },
  },
  tick: {
    category: 'structure',
    content: EMPTY,
    attributes: { value: { required: true, ...VALUE }, label: {} },
  },
  bar: {
    category: 'structure',
    content: EMPTY,
    attributes: {
      value: { required: true, ...VALUE },
      label: { required: true },
      display: {},
      depth: { values: /^\d+$/, expected: 'целое число (0, 1, 2…)' },
      parent: VALUE,
      previous: VALUE,
      'previous-display': {},
    },
  },
  rule: { category: 'block', content: EMPTY, attributes: {} },
  qr: { category: 'block', content: EMPTY, attributes: { value: { required: true }, size: PT, alt: {} } },
  spacer: { category: 'block', content: EMPTY, attributes: { height: PT } },

  b: { category: 'inline', content: INLINE, attributes: {} },
  i: { category: 'inline', content: INLINE, attributes: {} },
  span: { category: 'inline', content: INLINE, attributes: {} },
  br: { category: 'inline', content: EMPTY, attributes: {} },
  'page-number': { category: 'inline', content: EMPTY, attributes: {}, within: ['header', 'footer'] },
  'page-count': { category: 'inline', content: EMPTY, attributes: {}, within: ['header', 'footer'] },
} satisfies Record<string, ElementSpec>;

export const VOCABULARY: Readonly<Record<string, ElementSpec>> = ELEMENTS;

type Elements = typeof ELEMENTS;

/** The names of the block elements: the keys of the style stage's table of block builders (src/style/blocks/). */
export type BlockName = { [N in keyof Elements]: Elements[N]['category'] extends 'block' ? N : never }[keyof Elements];

/** The names of the inline elements: the keys of the style stage's table of inline stylers (src/style/styleInlines.ts). */
export type InlineName = { [N in keyof Elements]: Elements[N]['category'] extends 'inline' ? N : never }[keyof Elements];

export const BLOCK_NAMES: readonly string[] = Object.keys(VOCABULARY).filter((n) => VOCABULARY[n]!.category === 'block');
export const INLINE_NAMES: readonly string[] = Object.keys(VOCABULARY).filter((n) => VOCABULARY[n]!.category === 'inline');
