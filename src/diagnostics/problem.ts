/**
 * A problem found in a data file, a template or the markup a template emitted.
 * Every stage reports problems in this one shape; only the CLI prints them.
 */
export type ProblemCode =
  | 'syntax' // the file is not valid YAML/JSON
  | 'type' // a value of the wrong type
  | 'required' // a required key is missing
  | 'unknown-key' // a key the contract does not know
  | 'format' // a string of the wrong form (date, time, id)
  | 'enum' // a value outside a fixed set
  | 'too-few' // a list shorter than the contract allows
  | 'reference' // `of` or quote `speaker` that points nowhere
  | 'duplicate-id' // a repeated StatItem `id`
  | 'missing-file' // logo/photo that does not exist
  | 'bad-image' // logo/photo that is not a PNG, JPEG or SVG
  | 'io' // the file cannot be read
  | 'template' // a Handlebars template error
  | 'markup' // the markup emitted by a template is invalid
  | 'glyph' // a character no font can draw (a warning)
  | 'slides' // the deck is longer than its slide budget (a warning)
  | 'implausible' // a part larger than its whole, a negative count (a warning)
  | 'theme' // a theme file (--theme, theme.json) is wrong: a problem of the command line, named once per run
  | 'limit' // past one of the documented limits (size, depth, aliases, pixels, word length)
  | 'internal' // an unexpected failure inside a stage, reported with its place
  | 'text' // a character replaced in the data (a lone surrogate; a warning)
  | 'usage'; // a wrong command line

export type Severity = 'error' | 'warning';

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** Human message in Russian: what is wrong and what was expected. */
  message: string;
  /** The data file or template file the problem is in. */
  file?: string;
  /** Path inside the data: `statistics[1].items[2].value`. */
  path?: string;
  /** 1-based line and column, where the format gives them. */
  line?: number;
  column?: number;
  /** What was expected, in Russian ("число", "дата ГГГГ-ММ-ДД"). */
  expected?: string;
  /** The offending text itself (a character no font has, a template's mistyped tag), when there is one. */
  excerpt?: string;
  /** A hint: the nearest known key, a fix. */
  hint?: string;
}
